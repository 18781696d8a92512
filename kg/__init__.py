"""DigiKom KG: who drives and who funds the digitalisation of German municipalities."""

__version__ = "0.1.0"
