"""The workshop pages, one module per reader: `facilitator` (the list, the console, the projector and their
actions), `participant` (joining, the board and its notes and votes), `outcome` (the outcome page and the
exports); `common` holds what they share (the actor and the answer of every board action). The board itself
is drawn by workshops.render, which the JSON interface uses too.

One template draws the board on every page; htmx keeps it live: the page asks its own address for the board
(`?fragment=1&since=VERSION`) every second and swaps a changed one in, and the forms on it are sent with
`hx-post` and answered with the board drawn afresh (see common.answer).
"""
