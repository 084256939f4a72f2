"""The SPARQL query library of tip-kg, shipped as package data (``kg.queries``)."""
