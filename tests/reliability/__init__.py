"""Reliability tests: what a hostile or broken request, query or server does to kg query, serve and push."""
