"""AFAS: the live check of the App Connector and the connector ZIP from a.s.r."""
