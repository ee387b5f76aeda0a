<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountTypePage</name>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="89"/>
        <source>Nmbrs: choose the account type</source>
        <translation>Nmbrs: kies het soort account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="90"/>
        <source>Read both options first; you can change your choice later.</source>
        <translation>Lees eerst beide mogelijkheden; je kunt je keuze later nog wijzigen.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="98"/>
        <source>Advantage: {text}</source>
        <translation>Voordeel: {text}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="101"/>
        <source>Drawback: {text}</source>
        <translation>Nadeel: {text}</translation>
    </message>
</context>
<context>
    <name>AfasCheck</name>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="81"/>
        <source>Assigned to the App Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="82"/>
        <source>Not assigned to the App Connector. Assign this GetConnector in step 3 of the AFAS path: App Connector. If AFAS does not list it, import the a.s.r. ZIP file first (step 1 of the AFAS path: Import the Benefits-Plaza connectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="88"/>
        <source>Assigned to the App Connector, but not one of the a.s.r. connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="91"/>
        <source>AFAS did not accept the token. It may be mistyped or expired, or the App Connector is still blocked: AFAS blocks every new App Connector until &quot;Geblokkeerd&quot; is unticked on its &quot;Algemeen&quot; tab. Check step 3 of the AFAS path: App Connector, and the customer number and environment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="98"/>
        <source>AFAS refused access from this computer&apos;s internet address: the App Connector has an IP restriction. Ask your AFAS administrator to allow this address on the App Connector (step 3 of the AFAS path: App Connector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="104"/>
        <source>AFAS does not know this environment. Check the 5-digit customer number and the environment type (production, test or accept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="109"/>
        <source>AFAS says: &quot;{message}&quot; A GetConnector is not assigned to the App Connector, or the user may not use it. Assign the connectors in step 3 of the AFAS path: App Connector, and check the user group in step 2 of the AFAS path: User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="115"/>
        <source>AFAS reported an error: &quot;{message}&quot; If it keeps happening, give your AFAS administrator this log reference: {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="120"/>
        <source>AFAS reported an error: &quot;{message}&quot; Try again; if it keeps happening, ask your AFAS administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="125"/>
        <source>AFAS reported an error without an explanation. Try again; if it keeps happening, ask your AFAS administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="130"/>
        <source>AFAS is down for maintenance. Try again in about {minutes} minutes; afasstatus.nl shows when AFAS is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="135"/>
        <source>AFAS is down for maintenance. Try again later; afasstatus.nl shows when AFAS is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="139"/>
        <source>This employer code exists in AFAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="140"/>
        <source>AFAS has no employer with this code. Look it up under HRM / Organisatie / Werkgever and correct it in step 4 of the AFAS path: Registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="145"/>
        <source>There are no connectors to check. Choose the ZIP file from a.s.r., or name the connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="149"/>
        <source>An employer code has at most 15 characters and no commas or semicolons: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="152"/>
        <source>The file {name} could not be opened. Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. sent you (step 1 of the AFAS path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="157"/>
        <source>{name} is not a ZIP file. Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. sent you (step 1 of the AFAS path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="162"/>
        <source>{name} is too large or holds too many files to be the a.s.r. connector ZIP. Choose the ZIP file that a.s.r. sent you (step 1 of the AFAS path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="167"/>
        <source>{name} holds no connector files (.gcn). Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. sent you (step 1 of the AFAS path).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfasCheckPage</name>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="141"/>
        <source>Choose the connector ZIP from a.s.r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="141"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="151"/>
        <source>Fill in the customer number and the data token first; then the check can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="177"/>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="197"/>
        <source>Checking… This takes a few seconds. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="205"/>
        <source>Everything works: the token is accepted and every connector is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="209"/>
        <source>Not everything works yet. Use the buttons in the table to go to the step that fixes it, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="216"/>
        <source>The check could not run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="224"/>
        <source>Live check in AFAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="226"/>
        <source>Optional, but it saves a failed link later. Needs an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="230"/>
        <source>The wizard asks AFAS which GetConnectors your App Connector may use. No employee data is fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="234"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="236"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="237"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="238"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="242"/>
        <source>&amp;Proxy (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="243"/>
        <source>empty: the system&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="244"/>
        <source>Use the connector &amp;ZIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="249"/>
        <source>Expected connectors from the ZIP: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="255"/>
        <source>Without the ZIP the wizard expects the known Benefits-Plaza connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="257"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="258"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="265"/>
        <source>AFAS environment: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="269"/>
        <source>Missing connectors: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../wizard/commands/check.py" line="50"/>
        <source>No token given. Set the environment variable {variable}, or pass the token on standard input with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="55"/>
        <source>Token (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="56"/>
        <source>The check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="57"/>
        <source>AFAS check for customer number {number} ({environment})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="60"/>
        <source>Nmbrs check for {username} (domain {domain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="61"/>
        <source>AFAS environment: {environment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="62"/>
        <source>Not assigned: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="63"/>
        <source>Companies: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="64"/>
        <source>Employer code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="65"/>
        <source>App Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="66"/>
        <source>Result: everything required is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="67"/>
        <source>Result: something required is missing or was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="72"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="73"/>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="74"/>
        <source>NO ACCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="75"/>
        <source>REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="76"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="79"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="80"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="81"/>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <location filename="../../wizard/ui/check_runner.py" line="42"/>
        <source>The check stopped unexpectedly. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="33"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="35"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="37"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="38"/>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="39"/>
        <source>No access to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="40"/>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="41"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="65"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="66"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="67"/>
        <source>Name on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="69"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="70"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="107"/>
        <source>Go to the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="109"/>
        <source>Go to the step that fixes {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="132"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="135"/>
        <source>Tick each action once you have done it.</source>
        <translation>Vink elke handeling af zodra je hem hebt gedaan.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="137"/>
        <source>This step happens later; the ticks are for your own overview.</source>
        <translation>Deze stap volgt later; de vinkjes zijn voor je eigen overzicht.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="155"/>
        <source>Set to Active in Nmbrs, then tick it here.</source>
        <translation>Zet hem in Nmbrs op Active en vink hem daarna hier af.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="158"/>
        <source>&amp;Open a prepared e-mail to a.s.r.</source>
        <translation>&amp;Open een voorbereide e-mail aan a.s.r.</translation>
    </message>
</context>
<context>
    <name>CopyFieldsPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="79"/>
        <source>Choose a path first; then the values appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="104"/>
        <source>Employer {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="108"/>
        <source>Employer {number}</source>
        <translation type="unfinished">Werkgever {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="122"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="127"/>
        <source>Hidden token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="132"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="139"/>
        <source>Copy {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="179"/>
        <source>Token copied; the clipboard will be cleared in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="187"/>
        <source>{field} copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="197"/>
        <source>The token was cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerCard</name>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="53"/>
        <source>Employer {number}</source>
        <translation>Werkgever {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="54"/>
        <source>Remove this employer</source>
        <translation>Deze werkgever verwijderen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="56"/>
        <source>Remove employer {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="137"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="139"/>
        <source>Add every employer you connect, with the login you made for it.</source>
        <translation>Voeg elke werkgever toe die je koppelt, met de login die je ervoor hebt gemaakt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="142"/>
        <source>No employers yet. You can also add them later, when a.s.r. asks for them.</source>
        <translation>Nog geen werkgevers. Je kunt ze ook later toevoegen, als a.s.r. erom vraagt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="145"/>
        <source>&amp;Add an employer</source>
        <translation>Werkgever &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="23"/>
        <source>This is not a valid web address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="24"/>
        <source>The wizard only connects securely (https) to the Nmbrs and AFAS servers, not to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="28"/>
        <source>A web address for the check must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="31"/>
        <source>--endpoint may only point to this computer (127.0.0.1, ::1 or localhost), not to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="35"/>
        <source>--endpoint must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../wizard/commands/export.py" line="31"/>
        <source>Saved the registration file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../wizard/ui/widgets/field_editor.py" line="105"/>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/field_editor.py" line="106"/>
        <source>Show or hide the token</source>
        <translation>Token tonen of verbergen</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="33"/>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="34"/>
        <source>The text contains invisible characters. Type it again, or paste it from the source.</source>
        <translation>De tekst bevat onzichtbare tekens. Typ hem opnieuw, of plak hem nog eens vanuit de bron.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="38"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="39"/>
        <source>Enter a Dutch or international phone number, for example 020 123 4567 or +32 2 555 12 12.</source>
        <translation>Vul een Nederlands of internationaal telefoonnummer in, bijvoorbeeld 020 123 4567 of +32 2 555 12 12.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="43"/>
        <source>A payroll tax number is 9 digits, the letter L and 2 digits, for example 123456782L01.</source>
        <translation>Een loonheffingennummer bestaat uit 9 cijfers, de letter L en 2 cijfers, bijvoorbeeld 123456782L01.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="47"/>
        <source>The 9 digits of this payroll tax number fail the eleven-test (elfproef). Look for a typing error.</source>
        <translation>De 9 cijfers van dit loonheffingennummer voldoen niet aan de elfproef. Controleer het op een tikfout.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="52"/>
        <source>The AFAS customer number is exactly 5 digits.</source>
        <translation>Het klantnummer AFAS bestaat uit precies 5 cijfers.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="55"/>
        <source>The token version is a whole number of 1 or more.</source>
        <translation>Het versienummer van het token is een heel getal van 1 of hoger.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="58"/>
        <source>The AFAS data token is exactly 64 characters; this one has {count}.</source>
        <translation>Het datatoken AFAS is precies 64 tekens lang; dit token heeft er {count}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="61"/>
        <source>The AFAS data token holds only the digits 0-9 and the letters A-F.</source>
        <translation>Het datatoken AFAS bevat alleen de cijfers 0-9 en de letters A-F.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="64"/>
        <source>Enter the Nmbrs domain, for example oamkb or https://oamkb.nmbrs.nl.</source>
        <translation>Vul het Nmbrs-domein in, bijvoorbeeld oamkb of https://oamkb.nmbrs.nl.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="67"/>
        <source>The Nmbrs username is the e-mail address the login signs in with.</source>
        <translation>De gebruikersnaam Nmbrs is het e-mailadres waarmee de login inlogt.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="70"/>
        <source>The API token must not contain spaces or line breaks.</source>
        <translation>Het API-token mag geen spaties of regeleinden bevatten.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="73"/>
        <source>Enter at least one employer code; separate several with commas.</source>
        <translation>Vul minstens één werkgeverscode in; scheid meerdere codes met komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="76"/>
        <source>An employer code has at most 15 characters: {code}</source>
        <translation>Een werkgeverscode heeft hoogstens 15 tekens: {code}</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="220"/>
        <source>AFAS</source>
        <translation>AFAS</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="222"/>
        <source>Nmbrs, account per debtor</source>
        <translation>Nmbrs, account per debiteur</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="224"/>
        <source>Nmbrs, umbrella account</source>
        <translation>Nmbrs, overkoepelend account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="226"/>
        <source>Nmbrs</source>
        <translation>Nmbrs</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="230"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="295"/>
        <source>Import an earlier registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="297"/>
        <source>Registration files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="317"/>
        <source>Imported {name}. Check each step; the ticks start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="327"/>
        <source>Forget saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="329"/>
        <source>Remove the saved progress and every token this wizard stored in the secure storage of this computer? What is on screen now is cleared too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="347"/>
        <source>The saved progress has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="54"/>
        <source>The server {host} could not be found. Check that this computer is connected to the internet. On a company network a proxy may be needed: enter it in the wizard&apos;s network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="60"/>
        <source>The server {host} refused the connection. A firewall may be blocking it, or the service is down. Try again later, or ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="65"/>
        <source>The server {host} did not answer in time. Check the internet connection and try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="70"/>
        <source>The secure connection with {host} could not be verified. A company proxy or virus scanner may be intercepting it. Ask your IT department to add its certificate to this computer&apos;s trusted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="76"/>
        <source>The proxy server did not pass the connection to {host} on. Check the proxy in the wizard&apos;s network settings, or ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="81"/>
        <source>Instead of an answer from {host} a web page came back, probably the error page of a proxy or firewall. Ask your IT department to allow this computer to reach {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="86"/>
        <source>The answer from {host} was incomplete or not in the expected format. Try again; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="91"/>
        <source>The answer from {host} was far larger than expected, so the wizard did not read it. Try again; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="96"/>
        <source>The server {host} answered with an unexpected error (HTTP {status}). Try again later; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="101"/>
        <source>The service at {host} is temporarily unavailable. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="104"/>
        <source>The server {host} tried to send the wizard on to another address. To keep your token safe the wizard does not follow it. Ask your IT department whether a proxy redirects this traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="110"/>
        <source>The connection with {host} failed. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="114"/>
        <source>The wizard only connects securely (https) to the Nmbrs and AFAS servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="118"/>
        <source>The check could not start because some details are missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <location filename="../../wizard/services/network_settings.py" line="29"/>
        <source>Enter the proxy as an address with a port, for example http://proxy.example.nl:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_settings.py" line="33"/>
        <source>The wizard can use an http:// or https:// proxy only. Ask your IT department for that address of the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NmbrsCheck</name>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="16"/>
        <source>This call is not active in the login&apos;s API template. Set it to Active in step 2 (webservice rights) and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="21"/>
        <source>Nmbrs says this environment is disabled or has no valid subscription. Contact Nmbrs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="25"/>
        <source>Nmbrs says this call is not available for the country of this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="28"/>
        <source>Nmbrs answered with error {code}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="29"/>
        <source>Nmbrs answered with an error: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="30"/>
        <source>Nmbrs answered with more data than the wizard reads, so the call is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="34"/>
        <source>The answer of Nmbrs could not be understood. Try again; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="39"/>
        <source>Could not be tested: Nmbrs does not offer this call in its webservice description. Ask a.s.r. whether it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="44"/>
        <source>Could not be tested: the call asks for {parameter}, which the wizard cannot fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="48"/>
        <source>Not tested, because Nmbrs refused the login (see List_GetAll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="51"/>
        <source>Could not be tested: the list of companies could not be read (see List_GetAll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="54"/>
        <source>Could not be tested: the login sees no company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="57"/>
        <source>Could not be tested: no employee is visible in the companies the login sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="60"/>
        <source>Could not be tested: no payroll run was found this year or last year in the companies the login sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="65"/>
        <source>Username and token are right, but the domain is not: Nmbrs says this login belongs to the domain {domain}. Enter {domain} as the domain in {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="70"/>
        <source>Username and token are right, but Nmbrs does not accept the domain. The domain is the part between https:// and .nmbrs.nl in the address you log in to Nmbrs with. Correct it in {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="76"/>
        <source>Enter the username, API token and domain of the login before the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="93"/>
        <source>step 4 (a.s.r. registration form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="94"/>
        <source>Nmbrs does not accept this username and API token. Check both in step 4 (a.s.r. registration form): the username is the login&apos;s e-mail address, the token is on the API Token tab of the login&apos;s profile. A token that was reset, or a deleted or inactive login (step 3), gives this too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="101"/>
        <source>Nmbrs refused the username, API token or domain. Check all three in step 4 (a.s.r. registration form), and that the login is active (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="106"/>
        <source>The login may not see this company&apos;s or employee&apos;s data. Set the login&apos;s filter to Alle debiteuren, or to your a.s.r. tag, in step 3 (new login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="111"/>
        <source>The login works, but it sees no company. Set its filter to Alle debiteuren, or to your a.s.r. tag and put that tag on the employers, in step 3 (new login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="119"/>
        <source>step 4 (register employers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="120"/>
        <source>Nmbrs does not accept this employer&apos;s username and API token. Check both in step 4 (register employers): the username is the master company login&apos;s e-mail address, the token is the API token you created for it in step 1. A token that was reset, or a deleted or inactive login, gives this too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="127"/>
        <source>Nmbrs refused this employer&apos;s username, API token or domain. Check all three in step 4 (register employers), and that the login is active (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="132"/>
        <source>The login may not see this company&apos;s or employee&apos;s data. Set the master company login&apos;s filter to Alle debiteuren in step 1 (master company login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="137"/>
        <source>The login works, but it sees no company. Set the master company login&apos;s filter to Alle debiteuren in step 1 (master company login).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NmbrsCheckPage</name>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="114"/>
        <source>Fill in the username, API token and domain first; then the check can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="149"/>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="170"/>
        <source>Checking… This takes a few seconds. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="182"/>
        <source>The check could not run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="188"/>
        <source>Everything works: every required call is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="190"/>
        <source>Not everything works yet. Use the buttons in the table to go to the step that fixes it, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="200"/>
        <source>{login} sees {count} companies: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="202"/>
        <source>{login} sees no company. Check the filter or tag of the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="216"/>
        <source>Live check in Nmbrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="218"/>
        <source>Optional, but it saves a failed link later. Needs an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="222"/>
        <source>The wizard logs in to Nmbrs with the details you entered and tries every call the link needs, without changing anything. The answers are not kept or shown; only whether each call works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="227"/>
        <source>Use the Nmbrs &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="228"/>
        <source>&amp;Proxy (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="229"/>
        <source>empty: the system&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="230"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="231"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="33"/>
        <source>The saved progress could not be read, so the wizard starts afresh. The damaged file was kept as {name}.</source>
        <translation>De opgeslagen voortgang kon niet worden gelezen, daarom begint de wizard opnieuw. Het beschadigde bestand is bewaard als {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="38"/>
        <source>The saved progress was made by a newer version of this program, so the wizard starts afresh. The file was kept as {name}.</source>
        <translation>De opgeslagen voortgang komt van een nieuwere versie van dit programma, daarom begint de wizard opnieuw. Het bestand is bewaard als {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="43"/>
        <source>Your progress could not be saved ({reason}). Everything you typed is still here; the wizard tries again at the next change.</source>
        <translation>Je voortgang kon niet worden opgeslagen ({reason}). Alles wat je hebt ingevuld staat er nog; de wizard probeert het opnieuw bij de volgende wijziging.</translation>
    </message>
</context>
<context>
    <name>RegistrationExportPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="96"/>
        <source>Put the &amp;tokens in the file (the a.s.r. form asks for them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="100"/>
        <source>&amp;Save registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="101"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="109"/>
        <source>Save registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="111"/>
        <source>Registration files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="119"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="121"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="147"/>
        <source>Choose a payroll package and account type first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="149"/>
        <source>Saved the registration as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="159"/>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="165"/>
        <source>Saved the PDF as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationFile</name>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="62"/>
        <source>This file contains the API tokens, because the a.s.r. form asks for them. Anyone who has the file can read the payroll data: keep it safe and send it only to a.s.r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="67"/>
        <source>The tokens are left out: the file says &quot;lever ik apart aan&quot; instead. Send the tokens to a.s.r. separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="72"/>
        <source>The file is larger than {limit} bytes; that is far too large for a registration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="76"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="77"/>
        <source>The file is not text (UTF-8), so it is not a registration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="80"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="81"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="84"/>
        <source>The file is not valid JSON: it holds a value JSON does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="87"/>
        <source>The file is nested too deeply to be a registration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="90"/>
        <source>The registration file is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="91"/>
        <source>The registration is not complete or not valid, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="94"/>
        <source>The registration file could not be saved as {path}: {reason}. Nothing was lost; choose another folder, or free up disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="50"/>
        <source>This is not a registration file: it must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="53"/>
        <source>Unknown schema version {version}. This program reads schema version {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="57"/>
        <source>This field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="58"/>
        <source>This field does not belong in a registration file for this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="61"/>
        <source>This field must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="62"/>
        <source>This field must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="63"/>
        <source>This field must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="64"/>
        <source>This field must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="65"/>
        <source>This field must be a group of fields (a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="68"/>
        <source>This field has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="69"/>
        <source>This field must be {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="70"/>
        <source>This field must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="71"/>
        <source>This is not a date and time with a time zone, such as 2025-01-31T09:30:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="75"/>
        <source>This field must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="76"/>
        <source>This value does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="77"/>
        <source>Write this value in its standard form: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="80"/>
        <source>This token is not in its standard form. Enter only the token itself, without spaces or other text around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="85"/>
        <source>This text contains characters that cannot be stored (unpaired surrogates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="88"/>
        <source>The field {name} appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../wizard/ui/pages/registration_page.py" line="66"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/registration_page.py" line="68"/>
        <source>Fill in each field. A message next to a field says what to fix.</source>
        <translation>Vul elk veld in. Een melding bij een veld vertelt wat er moet worden aangepast.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/registration_page.py" line="88"/>
        <source>Still to complete: {fields}</source>
        <translation>Nog in te vullen of te verbeteren: {fields}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/registration_page.py" line="91"/>
        <source>All fields are complete.</source>
        <translation>Alle velden zijn volledig.</translation>
    </message>
</context>
<context>
    <name>RegistrationPdf</name>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="125"/>
        <source>AFAS, own data via Benefits-Plaza</source>
        <translation type="unfinished">AFAS, gegevens in eigen beheer via Benefits-Plaza</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="128"/>
        <source>Nmbrs, umbrella account</source>
        <translation type="unfinished">Nmbrs, overkoepelend account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="130"/>
        <source>Nmbrs, account per debtor</source>
        <translation type="unfinished">Nmbrs, account per debiteur</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="131"/>
        <source>Nmbrs, account type not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="132"/>
        <source>No path chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="138"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="139"/>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="140"/>
        <source>No access to the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="143"/>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="144"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="152"/>
        <source>AFAS connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="153"/>
        <source>Other AFAS connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="154"/>
        <source>Employer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="162"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="163"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="164"/>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="211"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="225"/>
        <source>Field on a.s.r.&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="226"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="234"/>
        <source>Employer {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="236"/>
        <source>Employer {number}</source>
        <translation type="unfinished">Werkgever {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="244"/>
        <source>No live check was run before this summary was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="250"/>
        <source>Checked on {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="255"/>
        <source>The check could not run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="261"/>
        <source>Result: everything required is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="265"/>
        <source>Result: something required is missing or was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="271"/>
        <source>AFAS environment: {environment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="289"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="290"/>
        <source>Call or connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="291"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="292"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="298"/>
        <source>Not assigned: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="302"/>
        <source>Companies the login sees: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="323"/>
        <location filename="../../wizard/ui/registration_pdf.py" line="434"/>
        <source>Registration for the a.s.r. salary link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="325"/>
        <source>Made on {date} with {program} {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="330"/>
        <source>Chosen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="337"/>
        <source>AFAS environment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="341"/>
        <source>Details for a.s.r.&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="343"/>
        <source>Tokens are never printed; they are shown as {mask}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="349"/>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="352"/>
        <source>No employers entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="481"/>
        <source>Page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="49"/>
        <source>No secure storage is available on this computer. The token is kept in memory only for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="54"/>
        <source>The secure storage is locked. The token is kept in memory only for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="58"/>
        <source>The secure storage could not be used. The token is kept in memory only for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="62"/>
        <source>Tokens are stored in the secure storage of the operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="65"/>
        <source>The token is too long to store securely (at most 1280 characters). Check that you copied only the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="71"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="72"/>
        <source>Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="73"/>
        <source>KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="74"/>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="75"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="122"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="125"/>
        <source>This wizard guides you step by step through connecting your payroll package to the a.s.r. salary link (salariskoppeling). You can stop at any time: your progress is saved.</source>
        <translation>Deze wizard helpt je stap voor stap je salarispakket aan te sluiten op de salariskoppeling van a.s.r. Je kunt op elk moment stoppen: je voortgang wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="130"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="131"/>
        <source>&amp;Import an earlier registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="133"/>
        <source>Continue from a registration file you saved before, e.g. to add employers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="135"/>
        <source>&amp;Forget saved data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="137"/>
        <source>Remove the saved progress and the tokens this wizard stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="141"/>
        <source>You were here before: {summary}. Do you want to continue where you left off?</source>
        <translation>Je was hier al eerder: {summary}. Wil je verdergaan waar je gebleven was?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="144"/>
        <source>&amp;Continue where I was</source>
        <translation>&amp;Verdergaan waar ik was</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="145"/>
        <source>Start &amp;over</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="146"/>
        <source>Which payroll package do you connect?</source>
        <translation>Welk salarispakket sluit je aan?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="147"/>
        <source>&amp;Nmbrs: register as payroll processor</source>
        <translation>&amp;Nmbrs: aanmelden als salarisverwerker</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="150"/>
        <source>You process payroll for employers in Nmbrs and register with a.s.r. as payroll processor (salarisverwerker).</source>
        <translation>Je verwerkt salarissen voor werkgevers in Nmbrs en meldt je bij a.s.r. aan als salarisverwerker.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="154"/>
        <source>&amp;AFAS: own data via Benefits-Plaza</source>
        <translation>&amp;AFAS: gegevens in eigen beheer via Benefits-Plaza</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="157"/>
        <source>You keep your own payroll in AFAS Profit and supply the data yourself (gegevens in eigen beheer) through Benefits-Plaza.</source>
        <translation>Je voert je eigen salarisadministratie in AFAS Profit en levert de gegevens zelf aan (gegevens in eigen beheer) via Benefits-Plaza.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="43"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="48"/>
        <source>Payroll package</source>
        <translation>Salarispakket</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="49"/>
        <source>Account type</source>
        <translation>Soort account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="50"/>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="51"/>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="52"/>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="58"/>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="69"/>
        <source>Your steps</source>
        <translation>Jouw stappen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="61"/>
        <source>AFAS, own data via Benefits-Plaza</source>
        <translation>AFAS, gegevens in eigen beheer via Benefits-Plaza</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="63"/>
        <source>Nmbrs, account per debtor</source>
        <translation>Nmbrs, account per debiteur</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="64"/>
        <source>Nmbrs, umbrella account</source>
        <translation>Nmbrs, overkoepelend account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="69"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="71"/>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="83"/>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="86"/>
        <source>No employers entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="96"/>
        <source>not run (optional; it needs an internet connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="98"/>
        <source>passed on {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="99"/>
        <source>found problems on {time}; see the live-check step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="107"/>
        <source>Next: supply these details at www.asr.nl/salarisverwerkers under aanleveren gegevens in eigen beheer. Keep the data token safe; AFAS will not show it again.</source>
        <translation>Hierna: lever deze gegevens aan op www.asr.nl/salarisverwerkers, bij aanleveren gegevens in eigen beheer. Bewaar het datatoken goed; AFAS laat het niet nog eens zien.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="112"/>
        <source>Next: fill in a.s.r.&apos;s form at www.asr.nl/salarisverwerkers with these details. a.s.r. confirms your registration by e-mail; after that you can register employers that have requested the salary link at www.asr.nl/salariskoppeling.</source>
        <translation>Hierna: vul met deze gegevens het formulier van a.s.r. in op www.asr.nl/salarisverwerkers. a.s.r. bevestigt je aanmelding per e-mail; daarna kun je werkgevers aanmelden die de salariskoppeling hebben aangevraagd op www.asr.nl/salariskoppeling.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="129"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="130"/>
        <source>Copy to a.s.r.&apos;s &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="133"/>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="134"/>
        <source>Check your details. Tokens are hidden on this page.</source>
        <translation>Controleer je gegevens. Tokens zijn op deze pagina verborgen.</translation>
    </message>
</context>
<context>
    <name>TokenKeeper</name>
    <message>
        <location filename="../../wizard/services/token_keeper.py" line="12"/>
        <source>Everything this wizard stored on this computer has been removed: the progress and {count} token(s) in the secure storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wizard/services/token_keeper.py" line="17"/>
        <source>The progress has been removed. The secure storage could not be reached, so tokens stored there earlier may still be there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../../wizard/commands/validate.py" line="28"/>
        <source>{file} is a valid registration file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
