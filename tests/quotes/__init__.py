"""Hand-annotated direct quotes and their speakers, from real articles in ../shared/corpora and the seeds."""
