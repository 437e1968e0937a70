"""Articles: raw files in, clean deduplicated dated articles out.

ingest (files -> SourceText) -> segment (-> RawArticle) -> clean (-> Article) -> dedup
(near-duplicate clusters) ; dates (published dates and statement dates).
"""
