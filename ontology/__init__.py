"""The ontology, shapes and domain data of tip-kg, shipped as package data (``kg.ontology``)."""
