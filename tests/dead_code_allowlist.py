"""Names vulture cannot see being used; tests/dead_code.py reads this file, nothing imports it.

Each is called or read by a framework or by name, not by our code.
"""

# ruff: noqa: B018, F821

main_gui  # wizard.cli: the gui-scripts entry point in pyproject.toml
# wizard.core.model: dataclass fields filled from and written to files by name.
NmbrsRegistration.contact_person
NmbrsRegistration.email
NmbrsRegistration.phone
NmbrsRegistration.payroll_package
AfasRegistration.email
_is_date_time  # wizard.core.registration_schema: registered on jsonschema's FormatChecker
_WizardLogHandler.handleError  # wizard.services.diagnostics_log: logging.Handler calls it
# wizard.services.nmbrs.soap_client: zeep's transport and loader read these attributes.
QuietAsyncTransport.wsdl_client
QuietAsyncTransport._close_session
_OfflineLoader.binding_classes
StepPage.isComplete  # wizard.ui.pages.step_page: QWizardPage's virtual method
EmployerRowsModel.headerData  # wizard.ui.widgets.employer_import_preview: Qt's model virtual
# wizard.core.open_values: Python calls a metaclass's dunders for Step(...), Step[...], iteration.
OpenValues.__call__
OpenValues.__getitem__
OpenValues.__iter__
OpenValues.__len__
OpenValues.__contains__
