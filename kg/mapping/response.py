"""RDF writers of the government-response families (assessment detail, statistics, laws,
policies, actors, recommendations)."""
from __future__ import annotations
