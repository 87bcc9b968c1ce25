"""Label names, read from the labelling interface XML in ``label_config/``.

The XML is the only place the names are written down; code asks this module for them and fails
at import time if the interface lacks a label the code relies on.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path


# Where a source checkout keeps the interface; an installed package carries it as ls_factcheck.label_config.
_CHECKOUT_CONFIG = Path(__file__).resolve().parent.parent / "label_config" / "factcheck.xml"


def config_xml() -> str:
    """The labelling interface as Label Studio receives it."""
    try:
        return resources.files("ls_factcheck.label_config").joinpath("factcheck.xml").read_text("utf-8")
    except ModuleNotFoundError:  # a checkout that was never installed
        return _CHECKOUT_CONFIG.read_text("utf-8")


@dataclass(frozen=True)
class LabelSet:
    span_control: str  # the <Labels> name, used as from_name of span regions
    text_object: str  # the <Text> name the spans point at, used as to_name
    span_labels: tuple[str, ...]
    relation_labels: tuple[str, ...]
    verdict_control: str
    verdicts: tuple[str, ...]  # as Label Studio stores them in results: "supported", …
    verdict_captions: tuple[str, ...]  # as the reviewer reads them on the buttons: "belegt", …
    evidence_control: str
    notes_control: str

    def require(self, label: str) -> str:
        if label not in self.span_labels and label not in self.relation_labels and label not in self.verdicts:
            raise KeyError(f"label {label!r} is not defined in label_config/factcheck.xml")
        return label


@cache
def labels() -> LabelSet:
    root = ET.fromstring(config_xml())
    span = root.find(".//Labels")
    relations = root.findall(".//Relations/Relation")
    choices = root.find(".//Choices[@perRegion='true']")
    areas = {a.get("name"): a for a in root.findall(".//TextArea[@perRegion='true']")}
    if span is None or choices is None or set(areas) != {"evidence", "notes"}:
        raise RuntimeError("label_config/factcheck.xml lacks the span labels, verdict or evidence/notes controls")
    return LabelSet(
        span_control=span.get("name"),
        text_object=span.get("toName"),
        span_labels=tuple(label.get("value") for label in span.findall("Label")),
        relation_labels=tuple(r.get("value") for r in relations),
        verdict_control=choices.get("name"),
        # the stored value: a choice's alias where it has one (German button, English result)
        verdicts=tuple(c.get("alias") or c.get("value") for c in choices.findall("Choice")),
        verdict_captions=tuple(c.get("value") for c in choices.findall("Choice")),
        evidence_control="evidence",
        notes_control="notes",
    )


LABELS = labels()
CLAIM = LABELS.require("CLAIM")
SOURCE = LABELS.require("SOURCE")
ATTRIBUTED_TO = LABELS.require("attributed_to")
QUANTITY = LABELS.require("QUANTITY")
DATE = LABELS.require("DATE")
ENTITY_LABELS = tuple(label for label in LABELS.span_labels if label not in (CLAIM, SOURCE))
