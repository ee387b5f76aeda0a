"""Keeps the wizard's tokens in the OS keyring: saved when entered, restored on resume."""

from __future__ import annotations

from wizard.core.manual import shipped_manual
from wizard.core.message import Message
from wizard.core.model import WizardState
from wizard.core.paths import FormPlace, LoginPlace, chosen_path, login_place
from wizard.core.progress_store import ProgressStore
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.secret_store import SecretStore, SecretStoreError

MSG_FORGOTTEN = QT_TRANSLATE_NOOP(
    "TokenKeeper",
    "Everything this wizard stored on this computer has been removed: the progress and the "
    "tokens in the secure storage (number of tokens: {count}).",
)
MSG_FORGOTTEN_PROGRESS_ONLY = QT_TRANSLATE_NOOP(
    "TokenKeeper",
    "The progress has been removed. The secure storage could not be reached, so tokens stored "
    "there earlier may still be there.",
)


def _notice(error: SecretStoreError) -> Message:
    return Message("SecretStore", error.message)


class TokenKeeper:
    """Moves tokens between the wizard's state (memory) and the OS keyring."""

    def __init__(self, secrets: SecretStore) -> None:
        self.secrets = secrets

    def save(self, state: WizardState) -> Message | None:
        """Store every token the state holds; on failure they stay in memory only."""
        try:
            logins = login_place(state)
            spec = chosen_path(state)
            if logins is LoginPlace.FORM and spec is not None:
                for key, secret in state.form(spec.name).secrets.items():
                    if secret:
                        self.secrets.save_form_secret(spec.name, key, secret)
            elif logins is LoginPlace.AFAS_FORM:
                afas = state.afas
                if afas.customer_number and afas.data_token:
                    self.secrets.save_afas_token(
                        afas.customer_number, afas.data_token, afas.token_version or "1"
                    )
            elif logins is LoginPlace.EMPLOYERS:
                for employer in state.employers:
                    if employer.username and employer.token:
                        self.secrets.save_nmbrs_token(employer.username, employer.token)
            elif state.nmbrs.username and state.nmbrs.token:
                self.secrets.save_nmbrs_token(state.nmbrs.username, state.nmbrs.token)
        except SecretStoreError as error:
            return _notice(error)
        return None

    def restore(self, state: WizardState) -> Message | None:
        """Fill in the tokens of a resumed state from the keyring, where they are missing."""
        try:
            nmbrs = state.nmbrs
            if nmbrs.username and not nmbrs.token:
                nmbrs.token = self.secrets.load_nmbrs_token(nmbrs.username) or ""
            for employer in state.employers:
                if employer.username and not employer.token:
                    employer.token = self.secrets.load_nmbrs_token(employer.username) or ""
            afas = state.afas
            if afas.customer_number and not afas.data_token:
                stored = self.secrets.load_afas_token(afas.customer_number)
                if stored is not None:
                    afas.data_token = stored.token
                    afas.token_version = stored.version
            self._restore_form_secrets(state)
        except SecretStoreError as error:
            return _notice(error)
        return None

    def _restore_form_secrets(self, state: WizardState) -> None:
        """Fill in a registered path's secret fields from the keyring, where they are missing."""
        spec = chosen_path(state)
        if spec is None or spec.form_place is not FormPlace.FORMS:
            return
        form = state.form(spec.name)
        for form_field in shipped_manual().fields[spec.form_fields]:
            if form_field.secret and not form.secrets.get(form_field.key):
                stored = self.secrets.load_form_secret(spec.name, form_field.key)
                if stored is not None:
                    form.secrets[form_field.key] = stored

    def forget(self, state: WizardState, progress: ProgressStore | None) -> list[Message]:
        """Remove the progress file and every token the wizard stored; say what happened."""
        saved = progress.load().state if progress is not None else None
        if progress is not None:
            progress.forget()
        usernames = {state.nmbrs.username, *(e.username for e in state.employers)}
        numbers = {state.afas.customer_number}
        if saved is not None:
            usernames |= {saved.nmbrs.username, *(e.username for e in saved.employers)}
            numbers.add(saved.afas.customer_number)
        try:
            removed = self.secrets.forget_everything(
                sorted(u for u in usernames if u), sorted(n for n in numbers if n)
            )
        except SecretStoreError as error:
            return [Message("TokenKeeper", MSG_FORGOTTEN_PROGRESS_ONLY), _notice(error)]
        return [Message("TokenKeeper", MSG_FORGOTTEN, (("count", str(removed)),))]
