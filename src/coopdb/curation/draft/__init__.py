"""Drafting an article's facts file: deterministic rules over the text and the shared files.

``coopdb curate new`` copies an article into a seeds folder and writes a draft facts file with
everything these rules find, each fact marked ``pending: true`` until a curator confirms it.
One module per concern: ``text`` (lines, sentences, page furniture), ``known`` (the shared
files' names), ``entities`` (known names found, and the titles around a person's name),
``candidates`` (new names proposed as shared entries), ``values`` (money, percentages,
changes, quantities, periods, dates, the dateline), ``meeting`` (who met whom), ``draft``
(the facts assembled), ``writer`` (the YAML), ``pending`` (counting the marks a load refuses)
and ``article`` (the copy under the content-hash name). Nothing here makes a network call or
loads a model.
"""
