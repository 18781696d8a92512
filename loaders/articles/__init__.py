"""News articles and press releases: German text → mentions, amounts, roles and facts.

``extract`` finds what an article states (see :mod:`loaders.articles.extract`);
``ArticlesLoader`` turns a folder of articles into one named graph per article.
"""

from __future__ import annotations

from loaders.articles.extract import extract
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.textio import Article, read_article

__all__ = ["Article", "Gazetteer", "extract", "read_article"]
