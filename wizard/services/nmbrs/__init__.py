"""Nmbrs over SOAP: client, WSDL cache and services, faults and outcomes, probe, texts."""
