"""Import before spaCy in the training scripts.

The project declares a ``spacy_factories`` entry point
(``sagt.spacy_component``).  spaCy imports *all* factory entry points when a
``Language`` is created, so while that module is missing or broken in a
development checkout every ``spacy.blank``/``spacy.load`` fails.  Training does
not need the project's own components, so entry points that fail to import are
skipped here (with a warning) instead of aborting the run.
"""

from __future__ import annotations

import warnings

import catalogue


def _tolerant_get_entry_points(self):
    result = {}
    for entry_point in self._get_entry_points():
        try:
            result[entry_point.name] = entry_point.load()
        except Exception as exc:  # noqa: BLE001 - report and continue
            warnings.warn(f"skipping entry point {entry_point.value!r}: {exc}", stacklevel=2)
    return result


catalogue.Registry.get_entry_points = _tolerant_get_entry_points
