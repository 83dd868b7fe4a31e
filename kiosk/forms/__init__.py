"""Declarative forms: definitions as data (assets/forms), a Qt-free engine to fill them.

The UI uses :func:`load_form` and :class:`FormSession`; the receiving side gets a
:class:`Submission` whose ``data`` satisfies ``form_schema(form)``. See docs/forms.md.
"""

from kiosk.forms.errors import FormDefinitionError
from kiosk.forms.loader import FORMS_DIR, form_ids, load_form, load_forms
from kiosk.forms.model import Field, Form
from kiosk.forms.schema import schema_errors, validator
from kiosk.forms.session import FormIncomplete, FormSession
from kiosk.forms.views import (
    FieldView,
    GroupItem,
    ReviewRow,
    ReviewSection,
    Submission,
    SummaryLine,
)

__all__ = [
    "FORMS_DIR",
    "Field",
    "FieldView",
    "Form",
    "FormDefinitionError",
    "FormIncomplete",
    "FormSession",
    "GroupItem",
    "ReviewRow",
    "ReviewSection",
    "Submission",
    "SummaryLine",
    "form_ids",
    "load_form",
    "load_forms",
    "schema_errors",
    "validator",
]
