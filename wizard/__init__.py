"""Salariskoppeling Wizard: guided set-up of the a.s.r. salary link for Nmbrs and AFAS."""

__version__ = "0.1.0"

APP_ID = "nl.asr.salariskoppeling-wizard"
APP_NAME = "Salariskoppeling Wizard"
ORG_NAME = "a.s.r. salariskoppeling"
