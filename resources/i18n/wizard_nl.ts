<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountTypePage</name>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="89" />
        <source>Nmbrs: choose the account type</source>
        <translation>Nmbrs: kies het soort account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="90" />
        <source>Read both options first; you can change your choice later.</source>
        <translation>Lees eerst beide mogelijkheden; je kunt je keuze later nog wijzigen.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="98" />
        <source>Advantage: {text}</source>
        <translation>Voordeel: {text}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/account_type_page.py" line="101" />
        <source>Drawback: {text}</source>
        <translation>Nadeel: {text}</translation>
    </message>
</context>
<context>
    <name>AfasCheck</name>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="79" />
        <source>Assigned to the App Connector.</source>
        <translation>Toegewezen aan de App Connector.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="80" />
        <source>Not assigned to the App Connector. Assign this GetConnector in {step:afas_app_connector}. If AFAS does not list it, import the a.s.r. ZIP file first ({step:afas_connector_zip}).</source>
        <translation>Niet toegewezen aan de App Connector. Wijs deze GetConnector toe in {step:afas_app_connector}. Staat die niet in de lijst van AFAS, importeer dan eerst het ZIP-bestand van a.s.r. ({step:afas_connector_zip}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="86" />
        <source>Assigned to the App Connector, but not one of the a.s.r. connectors.</source>
        <translation>Toegewezen aan de App Connector, maar dit is geen connector van a.s.r.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="96" />
        <source>AFAS refused access from this computer's internet address: the App Connector has an IP restriction. Ask your AFAS administrator to allow this address on the App Connector ({step:afas_app_connector}).</source>
        <translation>AFAS weigert toegang vanaf het internetadres van deze computer: de App Connector heeft een IP-beperking. Vraag je AFAS-beheerder om dit adres toe te staan in de App Connector ({step:afas_app_connector}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="102" />
        <source>AFAS does not know this environment. Check the 5-digit customer number and the environment type (production, test or accept).</source>
        <translation>AFAS kent deze omgeving niet. Controleer het klantnummer van 5 cijfers en het soort omgeving (productie, test of acceptatie).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="107" />
        <source>AFAS says: "{message}" A GetConnector is not assigned to the App Connector, or the user may not use it. Assign the connectors in {step:afas_app_connector}, and check the user group in {step:afas_user}.</source>
        <translation>AFAS meldt: “{message}” Een GetConnector is niet toegewezen aan de App Connector, of de gebruiker mag die niet gebruiken. Wijs de connectoren toe in {step:afas_app_connector}, en controleer de gebruikersgroep in {step:afas_user}.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="113" />
        <source>AFAS reported an error: "{message}" If it keeps happening, give your AFAS administrator this log reference: {reference}.</source>
        <translation>AFAS meldt een fout: “{message}” Blijft dit gebeuren, geef dan deze logverwijzing aan je AFAS-beheerder: {reference}.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="118" />
        <source>AFAS reported an error: "{message}" Try again; if it keeps happening, ask your AFAS administrator.</source>
        <translation>AFAS meldt een fout: “{message}” Probeer het opnieuw; blijft dit gebeuren, vraag het dan aan je AFAS-beheerder.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="123" />
        <source>AFAS reported an error without an explanation. Try again; if it keeps happening, ask your AFAS administrator.</source>
        <translation>AFAS meldt een fout zonder uitleg. Probeer het opnieuw; blijft dit gebeuren, vraag het dan aan je AFAS-beheerder.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="128" />
        <source>AFAS is down for maintenance. Try again in about {minutes} minutes; afasstatus.nl shows when AFAS is back.</source>
        <translation>AFAS is tijdelijk niet beschikbaar door onderhoud. Probeer het over ongeveer {minutes} minuten opnieuw; op afasstatus.nl zie je wanneer AFAS weer werkt.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="133" />
        <source>AFAS is down for maintenance. Try again later; afasstatus.nl shows when AFAS is back.</source>
        <translation>AFAS is tijdelijk niet beschikbaar door onderhoud. Probeer het later opnieuw; op afasstatus.nl zie je wanneer AFAS weer werkt.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="137" />
        <source>This employer code exists in AFAS.</source>
        <translation>Deze werkgeverscode bestaat in AFAS.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="138" />
        <source>AFAS has no employer with this code. Look it up under HRM / Organisatie / Werkgever and correct it in {step:afas_registration}.</source>
        <translation>AFAS heeft geen werkgever met deze code. Zoek de juiste code op onder HRM / Organisatie / Werkgever en verbeter die in {step:afas_registration}.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="143" />
        <source>There are no connectors to check. Choose the ZIP file from a.s.r., or name the connectors.</source>
        <translation>Er zijn geen connectoren om te controleren. Kies het ZIP-bestand van a.s.r., of geef de namen van de connectoren op.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="147" />
        <source>An employer code has no commas or semicolons: {code}</source>
        <translation>Een werkgeverscode mag geen komma's of puntkomma's bevatten: {code}</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="150" />
        <source>The file {name} could not be opened. Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. sent you ({step:afas_connector_zip}).</source>
        <translation>Het bestand {name} kon niet worden geopend. Kies het ZIP-bestand met de Benefits-Plaza-connectoren dat je van a.s.r. hebt gekregen ({step:afas_connector_zip}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="157" />
        <source>{name} is not an ordinary file (for example a folder or a device). Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. sent you ({step:afas_connector_zip}).</source>
        <translation>{name} is geen gewoon bestand (maar bijvoorbeeld een map of een apparaat). Kies het ZIP-bestand met de Benefits-Plaza-connectoren dat je van a.s.r. hebt gekregen ({step:afas_connector_zip}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="155" />
        <source>{name} is not a ZIP file. Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. sent you ({step:afas_connector_zip}).</source>
        <translation>{name} is geen ZIP-bestand. Kies het ZIP-bestand met de Benefits-Plaza-connectoren dat je van a.s.r. hebt gekregen ({step:afas_connector_zip}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="160" />
        <source>{name} is too large or holds too many files to be the a.s.r. connector ZIP. Choose the ZIP file that a.s.r. sent you ({step:afas_connector_zip}).</source>
        <translation>{name} is te groot of bevat te veel bestanden om het ZIP-bestand met connectoren van a.s.r. te zijn. Kies het ZIP-bestand dat je van a.s.r. hebt gekregen ({step:afas_connector_zip}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/afas_check.py" line="165" />
        <source>{name} holds no connector files (.gcn). Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. sent you ({step:afas_connector_zip}).</source>
        <translation>{name} bevat geen connectorbestanden (.gcn). Kies het ZIP-bestand met de Benefits-Plaza-connectoren dat je van a.s.r. hebt gekregen ({step:afas_connector_zip}).</translation>
    </message>
    <message>
        <source>Not compared: the wizard does not know a.s.r.'s list of connectors yet, so it cannot say whether the connectors assigned to the App Connector are the right ones. Choose the ZIP file with the connectors that a.s.r. sent you, and check again: then the wizard compares them.</source>
        <translation>Niet vergeleken: de wizard kent de lijst met connectoren van a.s.r. nog niet, dus kan hij niet zeggen of de connectoren die aan de App Connector zijn toegewezen de juiste zijn. Kies het ZIP-bestand met de connectoren dat a.s.r. je stuurde en controleer opnieuw: dan vergelijkt de wizard ze.</translation>
    </message>
    <message>
        <source>AFAS says: "{message}" The App Connector or a GetConnector is blocked. For the App Connector, untick "Geblokkeerd" on its "Algemeen" tab ({step:afas_app_connector}); for a GetConnector, under Algemeen / Uitvoer / Beheer / GetConnector, open it and untick "Geblokkeerd" on its definition.</source>
        <translation>AFAS meldt: “{message}” De App Connector of een GetConnector is geblokkeerd. Zet bij de App Connector het vinkje Geblokkeerd uit op het tabblad Algemeen ({step:afas_app_connector}); open bij een GetConnector via Algemeen / Uitvoer / Beheer / GetConnector de definitie en zet daar Geblokkeerd uit.</translation>
    </message>
    <message>
        <source>AFAS says: "{message}" The data token has expired. Make a new user token for the user on the "Gebruikerstokens" tab of the App Connector ({step:afas_app_connector}), then enter it and its version in {step:afas_registration}.</source>
        <translation>AFAS meldt: “{message}” Het datatoken is verlopen. Maak een nieuw gebruikerstoken voor de gebruiker op het tabblad Gebruikerstokens van de App Connector ({step:afas_app_connector}) en vul het met zijn versienummer in bij {step:afas_registration}.</translation>
    </message>
    <message>
        <source>AFAS says: "{message}" AFAS could not read the data token the wizard sent. Copy the data token again, all 64 characters, and check the token version in {step:afas_registration}. If it keeps happening, a proxy may be changing the request: ask your IT department.</source>
        <translation>AFAS meldt: “{message}” AFAS kon het datatoken dat de wizard stuurde niet lezen. Kopieer het datatoken opnieuw, alle 64 tekens, en controleer het versienummer van het token bij {step:afas_registration}. Blijft dit gebeuren, dan past een proxy misschien het verzoek aan: vraag het je IT-afdeling.</translation>
    </message>
    <message>
        <source>AFAS did not accept the data token. It may be mistyped or expired, or the App Connector is still blocked: according to AFAS's documentation (not a.s.r.'s manual), a new App Connector stays blocked until "Geblokkeerd" is unticked on its "Algemeen" tab. Check {step:afas_app_connector}, and the customer number and environment type.</source>
        <translation>AFAS heeft het datatoken niet geaccepteerd. Misschien is het verkeerd getypt of verlopen, of is de App Connector nog geblokkeerd: volgens de documentatie van AFAS (niet de handleiding van a.s.r.) blijft een nieuwe App Connector geblokkeerd totdat je op het tabblad Algemeen het vinkje bij Geblokkeerd weghaalt. Controleer {step:afas_app_connector}, en ook het klantnummer en het soort omgeving.</translation>
    </message>
</context>
<context>
    <name>AfasCheckPage</name>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="100" />
        <source>Choose the connector ZIP from a.s.r.</source>
        <translation>Kies het ZIP-bestand met connectoren van a.s.r.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="110" />
        <source>Fill in the customer number and the data token first; then the check can run.</source>
        <translation>Vul eerst het klantnummer en het datatoken in; daarna kan de controle starten.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="144" />
        <source>Everything works: the token is accepted and every connector is assigned.</source>
        <translation>Alles werkt: het datatoken is geaccepteerd en elke connector is toegewezen.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="164" />
        <source>Live check in AFAS</source>
        <translation>Livecontrole in AFAS</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="167" />
        <source>The wizard asks AFAS which GetConnectors your App Connector may use. No employee data is fetched.</source>
        <translation>De wizard vraagt AFAS welke GetConnectoren je App Connector mag gebruiken. Er worden geen gegevens van werknemers opgehaald.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="171" />
        <source>&amp;Environment:</source>
        <translation>&amp;Omgeving:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="173" />
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="174" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="175" />
        <source>Acceptance</source>
        <translation>Acceptatie</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="179" />
        <source>Use the connector &amp;ZIP…</source>
        <translation>&amp;ZIP-bestand met connectoren gebruiken…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="184" />
        <source>Expected connectors from the ZIP: {names}</source>
        <translation>Verwachte connectoren volgens het ZIP-bestand: {names}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="153" />
        <source>AFAS environment: {name}</source>
        <translation>AFAS-omgeving: {name}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/afas_check_page.py" line="157" />
        <source>Missing connectors: {names}</source>
        <translation>Ontbrekende connectoren: {names}</translation>
    </message>
    <message>
        <source>The token works, and the table shows the connectors assigned to the App Connector. The wizard could not compare them with a.s.r.'s list, because it does not know that list yet. Choose the ZIP file with the connectors that a.s.r. sent you (button below the proxy), then check again to compare them.</source>
        <translation>Het datatoken werkt, en de tabel toont de connectoren die aan de App Connector zijn toegewezen. De wizard kon ze niet vergelijken met de lijst van a.s.r., omdat hij die lijst nog niet kent. Kies het ZIP-bestand met de connectoren dat a.s.r. je stuurde (knop onder de proxy) en controleer opnieuw om ze te vergelijken.</translation>
    </message>
    <message>
        <source>Without the ZIP the wizard can check the token and list the assigned connectors, but cannot compare them with a.s.r.'s list.</source>
        <translation>Zonder het ZIP-bestand controleert de wizard het datatoken en toont hij de toegewezen connectoren, maar kan hij ze niet vergelijken met de lijst van a.s.r.</translation>
    </message>
    <message>
        <source>Warning: the token expires on {date}, in {days} days. After that the link stops working: make a new token in the App Connector in good time.</source>
        <translation>Let op: het datatoken verloopt op {date}, over {days} dagen. Daarna werkt de koppeling niet meer: maak op tijd een nieuw gebruikerstoken in de App Connector.</translation>
    </message>
    <message>
        <source>The token expired on {date}: make a new one in the App Connector.</source>
        <translation>Het datatoken is verlopen op {date}: maak een nieuw gebruikerstoken in de App Connector.</translation>
    </message>
</context>
<context>
    <name>AfasEnvironment</name>
    <message>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>acceptatie</translation>
    </message>
</context>
<context>
    <name>CardPager</name>
    <message>
        <source>Employers {first}–{last} of {total}</source>
        <translation>Werkgevers {first}–{last} van {total}</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Previous employers</source>
        <translation>Vorige werkgevers</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Next employers</source>
        <translation>Volgende werkgevers</translation>
    </message>
    <message>
        <source>Go to the first employer with a problem</source>
        <translation>Naar de eerste werkgever met een fout</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../wizard/commands/check.py" line="48" />
        <source>No token given. Set the environment variable {variable}, or pass the token on standard input with --token-stdin.</source>
        <translation>Geen token opgegeven. Zet het token in de omgevingsvariabele {variable}, of geef het via standaardinvoer door met --token-stdin.</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="53" />
        <source>Token (not shown): </source>
        <translation>Token (niet getoond): </translation>
    </message>
    <message>
        <source>Choose --registration FILE or nmbrs|afas, not both: with both, only one login would be checked, not the registration.</source>
        <translation>Kies --registration BESTAND of nmbrs|afas, niet allebei: met allebei zou maar één login worden gecontroleerd, niet de aanmelding.</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="54" />
        <source>The check could not run.</source>
        <translation>De controle kon niet worden uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="55" />
        <source>AFAS check for customer number {number} ({environment})</source>
        <translation>AFAS-controle voor klantnummer {number} ({environment})</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="58" />
        <source>Nmbrs check for {username} (domain {domain})</source>
        <translation>Nmbrs-controle voor {username} (domein {domain})</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="61" />
        <source>Companies: {names}</source>
        <translation>Bedrijven: {names}</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="62" />
        <source>Employer code {code}</source>
        <translation>Werkgeverscode {code}</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="70" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="71" />
        <source>MISSING</source>
        <translation>ONTBREEKT</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="72" />
        <source>NO ACCESS</source>
        <translation>GEEN TOEGANG</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="73" />
        <source>REFUSED</source>
        <translation>GEWEIGERD</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/check.py" line="74" />
        <source>ERROR</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <source>Result: not everything could be checked; nothing was refused.</source>
        <translation>Resultaat: niet alles kon worden gecontroleerd; er is niets geweigerd.</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NIET GECONTROLEERD</translation>
    </message>
    <message>
        <source>Token valid until: {date}</source>
        <translation>Token geldig tot: {date}</translation>
    </message>
    <message>
        <source>Warning: the token expires within {days} days; make a new one in time.</source>
        <translation>Let op: het token verloopt binnen {days} dagen; maak op tijd een nieuw token.</translation>
    </message>
</context>
<context>
    <name>CheckRegistrationCommand</name>
    <message>
        <source>Check of the registration {file}</source>
        <translation>Controle van het aanmeldbestand {file}</translation>
    </message>
    <message>
        <source>The registration holds no login to check.</source>
        <translation>Het aanmeldbestand bevat geen login om te controleren.</translation>
    </message>
    <message>
        <source>Not run, no token found for: {logins}. The file has no tokens and secure storage has none for them; for a registration with one login, set {variable} or use --token-stdin.</source>
        <translation>Niet uitgevoerd, geen token gevonden voor: {logins}. Het bestand bevat geen tokens en de beveiligde opslag heeft er geen voor deze logins; zet bij een aanmelding met één login {variable} of gebruik --token-stdin.</translation>
    </message>
    <message>
        <source>Not run, no token found for: {logins}. The file has no tokens and secure storage could not be read (locked or not available); for a registration with one login, set {variable} or use --token-stdin.</source>
        <translation>Niet uitgevoerd, geen token gevonden voor: {logins}. Het bestand bevat geen tokens en de beveiligde opslag kon niet worden gelezen (vergrendeld of niet beschikbaar); zet bij een aanmelding met één login {variable} of gebruik --token-stdin.</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>ontbreekt: {names}</translation>
    </message>
    <message>
        <source>Nmbrs says the domain is {domain}</source>
        <translation>volgens Nmbrs is het domein {domain}</translation>
    </message>
    <message>
        <source>The result is recorded in the registration file.</source>
        <translation>Het resultaat staat nu in het aanmeldbestand.</translation>
    </message>
    <message>
        <source>The result could not be recorded in the file: {reason}</source>
        <translation>Het resultaat kon niet in het bestand worden vastgelegd: {reason}</translation>
    </message>
    <message>
        <source>Choose what to check: nmbrs, afas or --registration FILE.</source>
        <translation>Kies wat je wilt controleren: nmbrs, afas of --registration BESTAND.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <location filename="../../wizard/ui/check_runner.py" line="42" />
        <source>The check stopped unexpectedly. Please try again.</source>
        <translation>De controle is onverwacht gestopt. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="34" />
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="36" />
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="68" />
        <source>Name in Nmbrs</source>
        <translation>Naam in Nmbrs</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="70" />
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="117" />
        <source>Go to the step</source>
        <translation>Naar de stap</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="119" />
        <source>Go to the step that fixes {name}</source>
        <translation>Naar de stap waarin je {name} oplost</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/check_table.py" line="64" />
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Niet actief</translation>
    </message>
    <message>
        <source>No access to the data</source>
        <translation>Geen toegang tot de gegevens</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Inloggen geweigerd</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Result per login</source>
        <translation>Uitkomst per login</translation>
    </message>
    <message>
        <source>App Connector</source>
        <translation>App Connector</translation>
    </message>
    <message>
        <source>a.s.r.'s connector list</source>
        <translation>Connectorlijst van a.s.r.</translation>
    </message>
    <message>
        <source>Result: everything required is in place.</source>
        <translation>Resultaat: alles wat nodig is, is in orde.</translation>
    </message>
    <message>
        <source>Result: something required is missing or was refused.</source>
        <translation>Resultaat: er ontbreekt iets wat nodig is, of het is geweigerd.</translation>
    </message>
    <message>
        <source>AFAS environment: {environment}</source>
        <translation>AFAS-omgeving: {environment}</translation>
    </message>
    <message>
        <source>Not assigned: {names}</source>
        <translation>Niet toegewezen: {names}</translation>
    </message>
    <message>
        <source>The token is valid until {date}.</source>
        <translation>Het datatoken is geldig tot {date}.</translation>
    </message>
    <message>
        <source>Not active: {names}</source>
        <translation>Niet actief: {names}</translation>
    </message>
    <message>
        <source>Nmbrs says the domain is {domain}</source>
        <translation>Volgens Nmbrs is het domein {domain}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="134" />
        <source>Tick each action once you have done it.</source>
        <translation>Vink elke handeling af zodra je die hebt gedaan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/ui/pages/checklist_page.py" line="200" />
        <source>Repeat this step for every debtor. Master company logins kept in {step} so far (%n): {names}</source>
        <translation>
            <numerusform>Herhaal deze stap voor elke debiteur. Tot nu toe staat er %n master bedrijfslogin in {step}: {names}</numerusform>
            <numerusform>Herhaal deze stap voor elke debiteur. Tot nu toe staan er %n master bedrijfslogins in {step}: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="136" />
        <source>This step happens later; the ticks are for your own overview.</source>
        <translation>Deze stap volgt later; de vinkjes zijn voor je eigen overzicht.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="160" />
        <source>Set to Active in Nmbrs, then tick it here.</source>
        <translation>Zet deze API-call in Nmbrs op Active en vink die daarna hier af.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="163" />
        <source>&amp;Open a prepared e-mail to a.s.r.</source>
        <translation>Voorbereide e-mail aan a.s.r. &amp;openen</translation>
    </message>
    <message>
        <source>(Extra, not in a.s.r.'s manual)</source>
        <translation>(Extra, niet uit de handleiding van a.s.r.)</translation>
    </message>
    <message>
        <source>Your na&amp;me, to sign the e-mail:</source>
        <translation>Je &amp;naam, om de e-mail te ondertekenen:</translation>
    </message>
    <message>
        <source>Your name, to sign the e-mail</source>
        <translation>Je naam, om de e-mail te ondertekenen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="150" />
        <source>(ticked off by the live check)</source>
        <translation>(afgevinkt door de livecontrole)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="152" />
        <source>(ticked off when importing)</source>
        <translation>(afgevinkt bij het importeren)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="230" />
        <source>The live check found these calls active and ticked them off for you. You can still untick any of them.</source>
        <translation>De livecontrole vond deze API-calls actief en heeft ze voor je afgevinkt. Je kunt elk vinkje nog weghalen.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/checklist_page.py" line="237" />
        <source>When importing the registration, the calls were ticked off. You can still untick any of them.</source>
        <translation>Bij het importeren van de aanmelding zijn de API-calls afgevinkt. Je kunt elk vinkje nog weghalen.</translation>
    </message>
</context>
<context>
    <name>CopyFieldsPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="79" />
        <source>Choose a path first; then the values appear here.</source>
        <translation>Kies eerst een route; daarna verschijnen de waarden hier.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="127" />
        <source>Hidden token</source>
        <translation>Verborgen token</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="132" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="139" />
        <source>Copy {field}</source>
        <translation>{field} kopiëren</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="179" />
        <source>Token copied; the clipboard will be cleared in {seconds} seconds.</source>
        <translation>Token gekopieerd; het klembord wordt over {seconds} seconden gewist.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="187" />
        <source>{field} copied.</source>
        <translation>{field} gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/copy_fields.py" line="197" />
        <source>The token was cleared from the clipboard.</source>
        <translation>Het token is van het klembord gewist.</translation>
    </message>
    <message>
        <source>What each employer needs, by the wizard's own list (not fields of a.s.r.'s form). You give these when you register the employer.</source>
        <translation>Wat elke werkgever nodig heeft, volgens de eigen lijst van de wizard (geen velden van het formulier van a.s.r.). Deze gegevens geef je op wanneer je de werkgever aanmeldt.</translation>
    </message>
</context>
<context>
    <name>EmployerCard</name>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="54" />
        <source>Remove this employer</source>
        <translation>Deze werkgever verwijderen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="56" />
        <source>Remove employer {number}</source>
        <translation>Werkgever {number} verwijderen</translation>
    </message>
</context>
<context>
    <name>EmployerImport</name>
    <message>
        <source>The file is larger than {limit} MB; an employer list is far smaller. Choose the right file, or save only the employers as CSV.</source>
        <translation>Het bestand is groter dan {limit} MB; een werkgeverslijst is veel kleiner. Kies het juiste bestand, of sla alleen de werkgevers op als CSV.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (for example a folder or a device).</source>
        <translation>{path} is geen gewoon bestand (bijvoorbeeld een map of een apparaat).</translation>
    </message>
    <message>
        <source>The file is not a CSV file or an Excel workbook (.xlsx). In Excel, choose Save As and then CSV or Excel Workbook.</source>
        <translation>Dit is geen CSV-bestand en geen Excel-werkmap (.xlsx). Kies in Excel Opslaan als en dan CSV of Excel-werkmap.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). In Excel, choose Save As and then Excel Workbook (.xlsx) or CSV.</source>
        <translation>Dit is een oud Excel-bestand (.xls). Kies in Excel Opslaan als en dan Excel-werkmap (.xlsx) of CSV.</translation>
    </message>
    <message>
        <source>The Excel file could not be read: it is damaged or not an Excel workbook (.xlsx).</source>
        <translation>Het Excel-bestand kon niet worden gelezen: het is beschadigd of geen Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>The Excel file unpacks to more than {limit} MB; an employer list is far smaller. Save only the employers as CSV or as a new Excel workbook.</source>
        <translation>Het Excel-bestand wordt uitgepakt groter dan {limit} MB; een werkgeverslijst is veel kleiner. Sla alleen de werkgevers op als CSV of als nieuwe Excel-werkmap.</translation>
    </message>
    <message>
        <source>The Excel file is protected with a password, so it cannot be read. Remove the password in Excel and save again, or save the list as CSV.</source>
        <translation>Het Excel-bestand is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Haal het wachtwoord in Excel weg en sla opnieuw op, of sla de lijst op als CSV.</translation>
    </message>
    <message>
        <source>The file is not readable text. Save it from Excel as CSV (UTF-8) and try again.</source>
        <translation>Het bestand is geen leesbare tekst. Sla het in Excel op als CSV (UTF-8) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Het bestand bevat geen rijen.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows. Split it into smaller files.</source>
        <translation>Het bestand heeft meer dan {limit} rijen. Verdeel het over kleinere bestanden.</translation>
    </message>
    <message>
        <source>The first row must name the columns. Not found: {columns}. The template shows the column names.</source>
        <translation>De eerste rij moet de kolommen noemen. Niet gevonden: {columns}. Het sjabloon laat de kolomnamen zien.</translation>
    </message>
    <message>
        <source>The first row names the column {column} twice.</source>
        <translation>De eerste rij noemt de kolom {column} twee keer.</translation>
    </message>
    <message>
        <source>The username is also on row {row}; only the first is imported.</source>
        <translation>Deze gebruikersnaam staat ook op rij {row}; alleen de eerste wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>An employer with this username is already in the list. It is not overwritten; change it there by hand if needed.</source>
        <translation>Een werkgever met deze gebruikersnaam staat al in de lijst. Die wordt niet overschreven; pas hem daar zo nodig met de hand aan.</translation>
    </message>
    <message>
        <source>Starts with {sign}, which a spreadsheet may run as a formula. The wizard keeps it as text and never runs it; a saved CSV table puts ' before it.</source>
        <translation>Begint met {sign}, wat een spreadsheet als formule kan uitvoeren. De wizard neemt het over als tekst en voert het nooit uit; in een opgeslagen CSV-tabel komt er een ' voor.</translation>
    </message>
</context>
<context>
    <name>EmployerImportPreview</name>
    <message>
        <source>Will be added</source>
        <translation>Wordt toegevoegd</translation>
    </message>
    <message>
        <source>Will be added; check</source>
        <translation>Wordt toegevoegd; controleer dit</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Not imported: duplicate</source>
        <translation>Niet geïmporteerd: dubbel</translation>
    </message>
    <message>
        <source>Not imported: already in the list</source>
        <translation>Niet geïmporteerd: staat al in de lijst</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Rij {row}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>Rij {row}, kolom {column}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Debtor name</source>
        <translation>Naam debiteur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Nmbrs domain</source>
        <translation>Nmbrs-domein</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Import employers from {file}</source>
        <translation>Werkgevers importeren uit {file}</translation>
    </message>
    <message>
        <source>This file contains API tokens. They are put in this computer's secure storage, not copied anywhere else. Delete the file after the import and never send it by e-mail: anyone who has it can read the payroll data.</source>
        <translation>Dit bestand bevat API-tokens. Ze gaan naar de beveiligde opslag van deze computer en worden nergens anders heen gekopieerd. Verwijder het bestand na het importeren en verstuur het nooit per e-mail: wie het heeft, kan de salarisgegevens lezen.</translation>
    </message>
    <message>
        <source>Rows of the file, with their verdict</source>
        <translation>Rijen van het bestand, elk met een oordeel</translation>
    </message>
    <message>
        <source>&amp;Add employers ({count})</source>
        <translation>Werkgevers &amp;toevoegen ({count})</translation>
    </message>
    <message>
        <source>{added} of {total} rows will be added. Not imported: {refused} with a mistake, {duplicates} duplicate username, {listed} already in the list. Empty rows skipped: {empty}. Nothing is added until you choose Add.</source>
        <translation>{added} van {total} rijen worden toegevoegd. Niet geïmporteerd: {refused} met een fout, {duplicates} met een dubbele gebruikersnaam, {listed} al in de lijst. Lege rijen overgeslagen: {empty}. Er wordt niets toegevoegd tot je Toevoegen kiest.</translation>
    </message>
    <message>
        <source>Column {column}</source>
        <translation>Kolom {column}</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="139" />
        <source>Add every employer you connect, with the login you made for it.</source>
        <translation>Voeg elke werkgever toe die je koppelt, met de master bedrijfslogin die je ervoor hebt gemaakt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="142" />
        <source>No employers yet. You can also add them later, when a.s.r. asks for them.</source>
        <translation>Nog geen werkgevers. Je kunt ze ook later toevoegen, als a.s.r. erom vraagt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="145" />
        <source>&amp;Add an employer</source>
        <translation>&amp;Werkgever toevoegen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/employers_page.py" line="141" />
        <source>Remove {name} with its username, token and domain? What you typed for this employer is lost.</source>
        <translation>{name} verwijderen, met gebruikersnaam, API-token en domein? Wat je voor deze werkgever hebt ingevuld, gaat verloren.</translation>
    </message>
    <message>
        <source>Import from a &amp;file…</source>
        <translation>Importeren &amp;uit een bestand…</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>Sjabloon opslaan…</translation>
    </message>
    <message>
        <source>Import employers from a file</source>
        <translation>Werkgevers importeren uit een bestand</translation>
    </message>
    <message>
        <source>Employer lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Werkgeverslijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Employers added from the file: {added}; rows not imported: {refused}.</source>
        <translation>Werkgevers toegevoegd uit het bestand: {added}; rijen niet geïmporteerd: {refused}.</translation>
    </message>
    <message>
        <source>The tokens are in the secure storage now: delete the file, and never send it.</source>
        <translation>De API-tokens staan nu in de beveiligde opslag: verwijder het bestand en verstuur het nooit.</translation>
    </message>
    <message>
        <source>The tokens could not be put in the secure storage; they are kept only until the wizard closes. Delete the file, and never send it.</source>
        <translation>De API-tokens konden niet in de beveiligde opslag worden gezet; ze blijven alleen bewaard tot de wizard sluit. Verwijder het bestand en verstuur het nooit.</translation>
    </message>
    <message>
        <source>Save the employer list template</source>
        <translation>Sjabloon voor de werkgeverslijst opslaan</translation>
    </message>
    <message>
        <source>The template could not be saved as {path}: {reason}</source>
        <translation>Het sjabloon kon niet worden opgeslagen als {path}: {reason}</translation>
    </message>
    <message>
        <source>Template saved as {path}.</source>
        <translation>Sjabloon opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Check every emplo&amp;yer</source>
        <translation>Alle werkgevers &amp;controleren</translation>
    </message>
    <message>
        <source>Fill in the employers' usernames first; then check them.</source>
        <translation>Vul eerst de gebruikersnamen van de werkgevers in; controleer ze daarna.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="23" />
        <source>This is not a valid web address: {address}</source>
        <translation>Dit is geen geldig webadres: {address}</translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="24" />
        <source>The wizard only connects securely (https) to the Nmbrs and AFAS servers, not to {host}.</source>
        <translation>De wizard maakt alleen een beveiligde verbinding (https) met de servers van Nmbrs en AFAS, niet met {host}.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="28" />
        <source>A web address for the check must not contain a user name or password.</source>
        <translation>Een webadres voor de controle mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="31" />
        <source>--endpoint may only point to this computer (127.0.0.1, ::1 or localhost), not to {host}.</source>
        <translation>--endpoint mag alleen naar deze computer verwijzen (127.0.0.1, ::1 of localhost), niet naar {host}.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/endpoint_policy.py" line="35" />
        <source>--endpoint must start with http:// or https://.</source>
        <translation>--endpoint moet beginnen met http:// of https://.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>Test environment: you chose an AFAS test environment (T), not production (O). The live check uses {host}. Make sure this is the environment whose data a.s.r. should receive.</source>
        <translation>Testomgeving: je koos een AFAS-testomgeving (T), niet de productieomgeving (O). De livecontrole gebruikt {host}. Controleer dat dit de omgeving is waarvan a.s.r. de gegevens moet krijgen.</translation>
    </message>
    <message>
        <source>Accept environment: you chose an AFAS accept environment (A), not production (O). The live check uses {host}. Make sure this is the environment whose data a.s.r. should receive.</source>
        <translation>Acceptatieomgeving: je koos een AFAS-acceptatieomgeving (A), niet de productieomgeving (O). De livecontrole gebruikt {host}. Controleer dat dit de omgeving is waarvan a.s.r. de gegevens moet krijgen.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../wizard/commands/export.py" line="31" />
        <source>Saved the registration file {path}.</source>
        <translation>Aanmeldbestand {path} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../wizard/ui/widgets/field_editor.py" line="105" />
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/field_editor.py" line="106" />
        <source>Show or hide the token</source>
        <translation>Token tonen of verbergen</translation>
    </message>
    <message>
        <source>Needed for the live check; not on a.s.r.'s form.</source>
        <translation>Nodig voor de livecontrole; staat niet op het formulier van a.s.r.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="29" />
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="30" />
        <source>The text contains invisible characters. Type it again, or paste it from the source.</source>
        <translation>De tekst bevat onzichtbare tekens. Typ de tekst opnieuw, of plak die nog eens vanuit de bron.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="34" />
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="35" />
        <source>This does not look like a phone number the wizard knows. Check it; you can go on if it is right. For example 020 123 4567 or +32 2 555 12 12.</source>
        <translation>Dit lijkt geen telefoonnummer dat de wizard kent. Controleer het; klopt het, dan kun je gewoon verder. Bijvoorbeeld 020 123 4567 of +32 2 555 12 12.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="39" />
        <source>A payroll tax number is 9 digits, the letter L and 2 digits, for example 123456782L01.</source>
        <translation>Een loonheffingennummer bestaat uit 9 cijfers, de letter L en 2 cijfers, bijvoorbeeld 123456782L01.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="43" />
        <source>The 9 digits of this payroll tax number fail the eleven-test (elfproef). Look for a typing error.</source>
        <translation>De 9 cijfers van dit loonheffingennummer voldoen niet aan de elfproef. Controleer het nummer op een tikfout.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="48" />
        <source>The AFAS customer number is exactly 5 digits. You may also paste the environment name (for example O12345AA) or the web address of the environment.</source>
        <translation>Het klantnummer AFAS bestaat uit precies 5 cijfers. Je mag ook de omgevingsnaam plakken (bijvoorbeeld O12345AA) of het webadres van de omgeving.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="51" />
        <source>The token version is a whole number of 1 or more.</source>
        <translation>Het versienummer van het token is een heel getal van 1 of hoger.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="54" />
        <source>The AFAS data token is exactly 64 characters; this one has {count}.</source>
        <translation>Het datatoken AFAS is precies 64 tekens lang; dit token heeft er {count}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="57" />
        <source>The AFAS data token holds only the digits 0-9 and the letters A-F.</source>
        <translation>Het datatoken AFAS bevat alleen de cijfers 0-9 en de letters A-F.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="60" />
        <source>Enter the Nmbrs domain, for example oamkb or https://oamkb.nmbrs.nl.</source>
        <translation>Vul het Nmbrs-domein in, bijvoorbeeld oamkb of https://oamkb.nmbrs.nl.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="63" />
        <source>The Nmbrs username is the e-mail address the login signs in with.</source>
        <translation>De gebruikersnaam Nmbrs is het e-mailadres waarmee de login inlogt.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="66" />
        <source>The API token must not contain spaces or line breaks.</source>
        <translation>Het API-token mag geen spaties of regeleinden bevatten.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="69" />
        <source>Enter at least one employer code; separate several with commas.</source>
        <translation>Vul minstens één werkgeverscode in; scheid meerdere codes met komma's.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/field_rules.py" line="72" />
        <source>This employer code is longer than the wizard expects (15 characters): {code}. Check it under HRM / Organisatie / Werkgever; you can go on if it is right.</source>
        <translation>Deze werkgeverscode is langer dan de wizard verwacht (15 tekens): {code}. Controleer de code onder HRM / Organisatie / Werkgever; klopt die, dan kun je gewoon verder.</translation>
    </message>
    <message>
        <source>This does not look like an Nmbrs API token: it has {count} characters. Copy the whole token again. Nmbrs shows it under the profile icon at the top right &gt; Gebruiker profiel &gt; API-Token, or for a client login under Instellingen &gt; Gebruikersaccount &gt; Klant Logins. You can go on if it is right.</source>
        <translation>Dit lijkt geen API-token van Nmbrs: het heeft {count} tekens. Kopieer het hele token opnieuw. Nmbrs toont het via het poppetje rechtsboven &gt; Gebruiker profiel &gt; API-Token, of voor een master bedrijfslogin onder Instellingen &gt; Gebruikersaccount &gt; Klant Logins. Klopt het, dan kun je gewoon verder.</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <source>Registration files (*.json)</source>
        <translation>Aanmeldbestanden (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
</context>
<context>
    <name>FileRead</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>You have no permission to read the file {path}.</source>
        <translation>Je hebt geen toestemming om het bestand {path} te lezen.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Het bestand {path} kan niet worden gelezen: {reason}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done: what happens next</source>
        <translation>Klaar: zo gaat het verder</translation>
    </message>
    <message>
        <source>What you saved, where the tokens are, and what comes next.</source>
        <translation>Wat je hebt opgeslagen, waar de tokens staan en wat er nu volgt.</translation>
    </message>
    <message>
        <source>Reminder: you chose to send a.s.r.'s form later. Send it at www.asr.nl/salarisverwerkers; the values are in the summary, on the tab {tab}.</source>
        <translation>Herinnering: je koos ervoor het formulier van a.s.r. later te versturen. Verstuur het op www.asr.nl/salarisverwerkers; de waarden staan in het overzicht, op het tabblad {tab}.</translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation>Opgeslagen bestanden</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>PDF:</translation>
    </message>
    <message>
        <source>Registration file:</source>
        <translation>Aanmeldbestand:</translation>
    </message>
    <message>
        <source>Your progress, without tokens:</source>
        <translation>Je voortgang, zonder tokens:</translation>
    </message>
    <message>
        <source>You saved no registration file or PDF in this session. Go Back to the summary to save them.</source>
        <translation>Je hebt in deze sessie geen aanmeldbestand of PDF opgeslagen. Ga terug naar het overzicht om ze op te slaan.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Open the folder of {name}</source>
        <translation>De map van {name} openen</translation>
    </message>
    <message>
        <source>You entered no token in this session.</source>
        <translation>Je hebt in deze sessie geen token ingevuld.</translation>
    </message>
    <message>
        <source>The tokens are kept in this computer's secure storage, so the wizard can fill them in next time. The button {forget} in the side panel removes them.</source>
        <translation>De tokens staan in de beveiligde opslag van deze computer, zodat de wizard ze de volgende keer kan invullen. De knop {forget} in het zijpaneel verwijdert ze.</translation>
    </message>
    <message>
        <source>The tokens are only in memory: this computer's secure storage could not keep them. They are gone once you close the wizard.</source>
        <translation>De tokens staan alleen in het geheugen: de beveiligde opslag van deze computer kon ze niet bewaren. Ze zijn weg zodra je de wizard sluit.</translation>
    </message>
    <message>
        <source>AFAS shows a data token only once: make sure a.s.r.'s form has it first.</source>
        <translation>AFAS toont een datatoken maar één keer: zorg dat het eerst in het formulier van a.s.r. staat.</translation>
    </message>
</context>
<context>
    <name>GenericCheckPage</name>
    <message>
        <location filename="../../wizard/ui/pages/generic_check_page.py" line="1" />
        <source>Fill in the form first; then the check can run.</source>
        <translation>Vul eerst het formulier in; daarna kan de controle starten.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/generic_check_page.py" line="1" />
        <source>Everything works.</source>
        <translation>Alles werkt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/generic_check_page.py" line="1" />
        <source>Live check: {path}</source>
        <translation>Livecontrole: {path}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/generic_check_page.py" line="1" />
        <source>The wizard checks the details you entered, without changing anything.</source>
        <translation>De wizard controleert de gegevens die je hebt ingevuld, zonder iets te wijzigen.</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="143" />
        <source>The check was stopped.</source>
        <translation>De controle is gestopt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="160" />
        <source>Checking… This takes a few seconds. You can keep working.</source>
        <translation>Bezig met controleren… Dit duurt een paar seconden. Je kunt gewoon doorwerken.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="182" />
        <source>The check could not run: {reason}
Nothing has been checked yet, so this says nothing about your settings.</source>
        <translation>De controle kon niet worden uitgevoerd: {reason}
Er is dus nog niets gecontroleerd; dit zegt niets over je instellingen.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="187" />
        <source>Not everything works yet. Use the buttons in the table to go to the step that fixes it, then check again.</source>
        <translation>Nog niet alles werkt. Ga met de knoppen in de tabel naar de stap waarin je het oplost, en controleer daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="193" />
        <source>Optional, but it saves a failed link later. Needs an internet connection.</source>
        <translation>Niet verplicht, maar zo voorkom je dat de koppeling later mislukt. Hiervoor is een internetverbinding nodig.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="195" />
        <source>&amp;Proxy (optional):</source>
        <translation>&amp;Proxy (optioneel):</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="196" />
        <source>empty: the system's settings</source>
        <translation>leeg: de instellingen van het systeem</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="197" />
        <source>&amp;Check now</source>
        <translation>Nu &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_check_page.py" line="198" />
        <source>S&amp;top</source>
        <translation>Stopp&amp;en</translation>
    </message>
</context>
<context>
    <name>LoginBatchPanel</name>
    <message>
        <source>Stop the check</source>
        <translation>Controle stoppen</translation>
    </message>
    <message>
        <source>Another check of several logins is still running. Start this one when it has finished.</source>
        <translation>Er loopt nog een controle van meerdere logins. Start deze als die klaar is.</translation>
    </message>
    <message>
        <source>There is no login to check.</source>
        <translation>Er is geen login om te controleren.</translation>
    </message>
    <message>
        <source>Save the table as CSV…</source>
        <translation>Tabel opslaan als CSV…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wacht…</translation>
    </message>
    <message>
        <source>Checking {count} logins…</source>
        <translation>Bezig met controleren van logins: {count}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Not checked: the check ended before this login.</source>
        <translation>Niet gecontroleerd: de controle hield op voordat deze login aan de beurt was.</translation>
    </message>
    <message>
        <source>{good} of {total} logins all good.</source>
        <translation>{good} van {total} logins in orde.</translation>
    </message>
    <message>
        <source>The check was stopped; the rest was not checked.</source>
        <translation>De controle is gestopt; de rest is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>No token found: enter it at the employer or login.</source>
        <translation>Geen token gevonden: vul het API-token in bij de werkgever of de login.</translation>
    </message>
    <message>
        <source>Last all good: {moment}</source>
        <translation>Laatst in orde: {moment}</translation>
    </message>
    <message>
        <source>Go to the fix</source>
        <translation>Naar de oplossing</translation>
    </message>
    <message>
        <source>Go to the fix for {login}</source>
        <translation>Naar de oplossing voor {login}</translation>
    </message>
    <message>
        <source>Save the check results</source>
        <translation>Controleresultaten opslaan</translation>
    </message>
    <message>
        <source>The table could not be saved as {path}: {reason}</source>
        <translation>De tabel kon niet worden opgeslagen als {path}: {reason}</translation>
    </message>
    <message>
        <source>Table saved as {path}.</source>
        <translation>Tabel opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>LoginCheckSummary</name>
    <message>
        <source>All good</source>
        <translation>Alles in orde</translation>
    </message>
    <message>
        <source>Not everything active</source>
        <translation>Niet alles actief</translation>
    </message>
    <message>
        <source>Wrong domain</source>
        <translation>Verkeerd domein</translation>
    </message>
    <message>
        <source>No companies</source>
        <translation>Geen bedrijven</translation>
    </message>
    <message>
        <source>Not everything checked</source>
        <translation>Niet alles gecontroleerd</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <source>Not run: no token found</source>
        <translation>Niet uitgevoerd: geen token gevonden</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="300" />
        <source>Nmbrs</source>
        <translation>Nmbrs</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="387" />
        <source>Import an earlier registration</source>
        <translation>Eerdere aanmelding importeren</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="413" />
        <source>Imported {name}. The steps before the registration are ticked off; you are at the first step that still needs something.</source>
        <translation>{name} is geïmporteerd. De stappen vóór de aanmelding zijn afgevinkt; je staat bij de eerste stap waar nog iets moet gebeuren.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="446" />
        <location filename="../../wizard/ui/main_wizard.py" line="460" />
        <source>Export diagnostics</source>
        <translation>Diagnose exporteren</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="448" />
        <source>The diagnostics file helps the support desk see what went wrong. It holds no tokens, passwords or employee data. This goes in:</source>
        <translation>Met het diagnosebestand kan de servicedesk zien wat er misging. Er staan geen tokens, wachtwoorden of gegevens van werknemers in. Dit gaat erin:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="478" />
        <source>The diagnostics file could not be saved as {path}: {reason}</source>
        <translation>Het diagnosebestand kon niet worden opgeslagen als {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="484" />
        <source>Saved the diagnostics file as {path}.</source>
        <translation>Het diagnosebestand is opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="491" />
        <source>Forget saved data</source>
        <translation>Opgeslagen gegevens wissen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="493" />
        <source>Remove the saved progress and every token this wizard stored in the secure storage of this computer? What is on screen now is cleared too.</source>
        <translation>Wil je de opgeslagen voortgang verwijderen, en alle tokens die deze wizard in de beveiligde opslag van deze computer heeft bewaard? Wat nu op het scherm staat, wordt ook gewist.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="511" />
        <source>The saved progress has been removed.</source>
        <translation>De opgeslagen voortgang is verwijderd.</translation>
    </message>
    <message>
        <source>A token exists only in memory: this computer's secure storage could not keep it, so it is lost when the window closes.</source>
        <translation>Er staat een token alleen in het geheugen: de beveiligde opslag van deze computer kon het niet bewaren, dus het gaat verloren als het venster sluit.</translation>
    </message>
    <message>
        <source>AFAS cannot show the data token again.</source>
        <translation>AFAS kan het datatoken niet nog eens tonen.</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Wizard sluiten?</translation>
    </message>
    <message>
        <source>Closing now loses work:</source>
        <translation>Als je nu sluit, gaat er werk verloren:</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Toch &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Keep the wizard open</source>
        <translation>Wizard &amp;open laten</translation>
    </message>
    <message>
        <source>The registration was not saved as a file in this session, nor marked as sent. Go Back to the summary to save it, or to the step that sends the form.</source>
        <translation>De aanmelding is in deze sessie niet als bestand opgeslagen en ook niet als verstuurd aangevinkt. Ga terug naar het overzicht om haar op te slaan, of naar de stap waarin je het formulier verstuurt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="252" />
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="420" />
        <source>Importing {name} replaces your current progress ({summary}): every tick and everything you typed. Tokens kept in the secure storage stay there. Replace your progress?</source>
        <translation>Importeren van {name} vervangt je huidige voortgang ({summary}): alle vinkjes en alles wat je hebt ingevuld. Tokens in de beveiligde opslag blijven daar bewaard. Wil je je voortgang vervangen?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/main_wizard.py" line="270" />
        <source>Side panel</source>
        <translation>Zijpaneel</translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="54" />
        <source>The server {host} could not be found. Check that this computer is connected to the internet. On a company network a proxy may be needed: enter it in the wizard's network settings.</source>
        <translation>De server {host} is niet gevonden. Controleer of deze computer verbinding heeft met internet. Op een bedrijfsnetwerk is misschien een proxy nodig: vul die in bij het veld Proxy van de livecontrole (op de opdrachtregel: --proxy).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="60" />
        <source>The server {host} refused the connection. A firewall may be blocking it, or the service is down. Try again later, or ask your IT department.</source>
        <translation>De server {host} weigerde de verbinding. Misschien blokkeert een firewall de verbinding, of is de dienst buiten gebruik. Probeer het later opnieuw, of vraag het aan je IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="65" />
        <source>The server {host} did not answer in time. Check the internet connection and try again in a few minutes.</source>
        <translation>De server {host} antwoordde niet op tijd. Controleer de internetverbinding en probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_deadline.py" line="22" />
        <source>The check took longer than {seconds} seconds and was stopped. The server answers very slowly, or a proxy holds the connection up. Try again later; if it keeps happening, ask your IT department.</source>
        <translation>De controle duurde langer dan {seconds} seconden en is gestopt. De server antwoordt erg traag, of een proxy houdt de verbinding op. Probeer het later opnieuw; blijft dit gebeuren, vraag het dan aan je IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="70" />
        <source>The secure connection with {host} could not be verified. A company proxy or virus scanner may be intercepting it. Ask your IT department to add its certificate to this computer's trusted certificates.</source>
        <translation>De beveiligde verbinding met {host} kon niet worden geverifieerd. Misschien onderschept een proxy of virusscanner van je bedrijf de verbinding. Vraag je IT-afdeling om het certificaat daarvan toe te voegen aan de vertrouwde certificaten van deze computer.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="76" />
        <source>The proxy server did not pass the connection to {host} on. Check the proxy in the wizard's network settings, or ask your IT department.</source>
        <translation>De proxyserver heeft de verbinding met {host} niet doorgegeven. Controleer de proxy in het veld Proxy van de livecontrole (op de opdrachtregel: --proxy), of vraag het aan je IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="81" />
        <source>Instead of an answer from {host} a web page came back, probably the error page of a proxy or firewall. Ask your IT department to allow this computer to reach {host}.</source>
        <translation>In plaats van een antwoord van {host} kwam er een webpagina terug, waarschijnlijk de foutpagina van een proxy of firewall. Vraag je IT-afdeling om deze computer toegang te geven tot {host}.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="86" />
        <source>The answer from {host} was incomplete or not in the expected format. Try again; if it keeps happening, contact support.</source>
        <translation>Het antwoord van {host} was onvolledig of niet in de verwachte vorm. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met de servicedesk.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="91" />
        <source>The answer from {host} was far larger than expected, so the wizard did not read it. Try again; if it keeps happening, contact support.</source>
        <translation>Het antwoord van {host} was veel groter dan verwacht, daarom heeft de wizard het niet gelezen. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met de servicedesk.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="96" />
        <source>The server {host} answered with an unexpected error (HTTP {status}). Try again later; if it keeps happening, contact support.</source>
        <translation>De server {host} antwoordde met een onverwachte fout (HTTP {status}). Probeer het later opnieuw; blijft dit gebeuren, neem dan contact op met de servicedesk.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="101" />
        <source>The service at {host} is temporarily unavailable. Try again later.</source>
        <translation>De dienst op {host} is tijdelijk niet beschikbaar. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="104" />
        <source>The server {host} tried to send the wizard on to another address. To keep your token safe the wizard does not follow it. Ask your IT department whether a proxy redirects this traffic.</source>
        <translation>De server {host} probeerde de wizard door te sturen naar een ander adres. Om je token veilig te houden, volgt de wizard die doorverwijzing niet. Vraag je IT-afdeling of een proxy dit verkeer omleidt.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="110" />
        <source>The connection with {host} failed. Check the internet connection and try again.</source>
        <translation>De verbinding met {host} is mislukt. Controleer de internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="114" />
        <source>The wizard only connects securely (https) to the Nmbrs and AFAS servers.</source>
        <translation>De wizard maakt alleen een beveiligde verbinding (https) met de servers van Nmbrs en AFAS.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_errors.py" line="118" />
        <source>The check could not start because some details are missing or wrong.</source>
        <translation>De controle kon niet starten, omdat er gegevens ontbreken of niet kloppen.</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <location filename="../../wizard/services/network_settings.py" line="29" />
        <source>Enter the proxy as an address with a port, for example http://proxy.example.nl:8080.</source>
        <translation>Vul de proxy in als adres met poortnummer, bijvoorbeeld http://proxy.example.nl:8080.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_settings.py" line="33" />
        <source>The wizard can use an http:// or https:// proxy only. Ask your IT department for that address of the proxy.</source>
        <translation>De wizard kan alleen een proxy gebruiken waarvan het adres begint met http:// of https://. Vraag je IT-afdeling om dat adres van de proxy.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_settings.py" line="48" />
        <source>The proxy set on this computer in {variable} is not a valid address, so the check did not start. Enter the proxy in the Proxy field of the live check (on the command line: --proxy), for example http://proxy.example.nl:8080, or ask your IT department to correct {variable}.</source>
        <translation>De proxy die op deze computer in {variable} is ingesteld, is geen geldig adres; daarom is de controle niet gestart. Vul de proxy in bij het veld Proxy van de livecontrole (op de opdrachtregel: --proxy), bijvoorbeeld http://proxy.example.nl:8080, of vraag je IT-afdeling om {variable} te verbeteren.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_settings.py" line="55" />
        <source>The proxy set on this computer in {variable} is a {scheme} proxy; the wizard can use an http:// or https:// proxy only, so the check did not start. Enter such a proxy in the Proxy field of the live check (on the command line: --proxy), or ask your IT department for one.</source>
        <translation>De proxy die op deze computer in {variable} is ingesteld, is een {scheme}-proxy; de wizard kan alleen een proxy gebruiken waarvan het adres begint met http:// of https://, daarom is de controle niet gestart. Vul zo’n proxy in bij het veld Proxy van de livecontrole (op de opdrachtregel: --proxy), of vraag je IT-afdeling erom.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/network_settings.py" line="64" />
        <source>The proxy in this computer's system settings is not an http:// or https:// address the wizard can use, so the check did not start. Enter the proxy in the Proxy field of the live check (on the command line: --proxy), or ask your IT department.</source>
        <translation>De proxy in de systeeminstellingen van deze computer is geen adres met http:// of https:// dat de wizard kan gebruiken; daarom is de controle niet gestart. Vul de proxy in bij het veld Proxy van de livecontrole (op de opdrachtregel: --proxy), of vraag het je IT-afdeling.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>To check the link again later, start this wizard, choose Check an existing link again… on the first page and open the file you saved.</source>
        <translation>Wil je de koppeling later opnieuw controleren? Start deze wizard, kies op de eerste pagina Een bestaande koppeling opnieuw controleren… en open het bestand dat je hebt opgeslagen.</translation>
    </message>
    <message>
        <source>Supply the details at www.asr.nl/salarisverwerkers under aanleveren gegevens in eigen beheer, if you have not done so yet.</source>
        <translation>Lever de gegevens aan op www.asr.nl/salarisverwerkers bij aanleveren gegevens in eigen beheer, als je dat nog niet hebt gedaan.</translation>
    </message>
    <message>
        <source>Keep the data token safe: AFAS shows it only once.</source>
        <translation>Bewaar het datatoken veilig: AFAS toont het maar één keer.</translation>
    </message>
    <message>
        <source>Send the form at www.asr.nl/salarisverwerkers (button Aanmelden nieuwe Salarisverwerker), if you have not done so yet.</source>
        <translation>Verstuur het formulier op www.asr.nl/salarisverwerkers (knop Aanmelden nieuwe Salarisverwerker), als je dat nog niet hebt gedaan.</translation>
    </message>
    <message>
        <source>Send the form at www.asr.nl/salarisverwerkers (button Aanmelden Salarisverwerker), if you have not done so yet.</source>
        <translation>Verstuur het formulier op www.asr.nl/salarisverwerkers (knop Aanmelden Salarisverwerker), als je dat nog niet hebt gedaan.</translation>
    </message>
    <message>
        <source>a.s.r. sends you a message once it has processed your registration.</source>
        <translation>a.s.r. stuurt je bericht zodra zij je aanmelding heeft verwerkt.</translation>
    </message>
    <message>
        <source>After that confirmation, register each employer as a.s.r.'s manual for registering an employer describes. An employer can only be registered once it has requested the salary link itself at www.asr.nl/salariskoppeling.</source>
        <translation>Meld na die bevestiging elke werkgever aan zoals de handleiding van a.s.r. voor het aanmelden van een werkgever beschrijft. Een werkgever kun je pas aanmelden als die de salariskoppeling zelf heeft aangevraagd op www.asr.nl/salariskoppeling.</translation>
    </message>
    <message>
        <source>When you register an employer, you give the username and API token of that debtor's master bedrijfslogin.</source>
        <translation>Bij het aanmelden van een werkgever geef je de gebruikersnaam en het API-token van de master bedrijfslogin van die debiteur op.</translation>
    </message>
</context>
<context>
    <name>NmbrsCheck</name>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="16" />
        <source>This call is not active in the login's API template. Set it to Active in {step:rights} and run the check again.</source>
        <translation>Deze API-call staat niet aan in de API-template van de login. Zet die op Active in {step:rights} en voer de controle opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="21" />
        <source>Nmbrs says this environment is disabled or has no valid subscription. Contact Nmbrs.</source>
        <translation>Volgens Nmbrs is deze omgeving uitgeschakeld of heeft ze geen geldig abonnement. Neem contact op met Nmbrs.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="25" />
        <source>Nmbrs says this call is not available for the country of this environment.</source>
        <translation>Volgens Nmbrs is deze API-call niet beschikbaar voor het land van deze omgeving.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="28" />
        <source>Nmbrs answered with error {code}: {text}</source>
        <translation>Nmbrs antwoordde met fout {code}: {text}</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="29" />
        <source>Nmbrs answered with an error: {text}</source>
        <translation>Nmbrs antwoordde met een fout: {text}</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="30" />
        <source>Nmbrs answered with more data than the wizard reads, so the call is active.</source>
        <translation>Nmbrs stuurde meer gegevens terug dan de wizard leest; de API-call is dus actief.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="34" />
        <source>The answer of Nmbrs could not be understood. Try again; if it keeps happening, contact the service desk.</source>
        <translation>Het antwoord van Nmbrs was niet te begrijpen. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met de servicedesk.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="39" />
        <source>Not tested: Nmbrs does not offer this call in its webservice description. Ask a.s.r. whether it is still needed.</source>
        <translation>Niet getest: Nmbrs biedt deze API-call niet aan in de beschrijving van zijn webservices. Vraag a.s.r. of die API-call nog nodig is.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="44" />
        <source>Not tested: the call asks for {parameter}, which the wizard cannot fill in.</source>
        <translation>Niet getest: de API-call vraagt om {parameter}, en dat kan de wizard niet invullen.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="48" />
        <source>Not judged: Nmbrs refused the value the wizard chose for {parameter} (the webservice description does not say what it means), so this says nothing about the login's rights.</source>
        <translation>Niet beoordeeld: Nmbrs weigerde de waarde die de wizard voor {parameter} koos (de beschrijving van de webservices zegt niet wat die betekent). Dit zegt dus niets over de rechten van de login.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="54" />
        <source>Not checked: the wizard could not load the webservice description of {service}. {reason}</source>
        <translation>Niet gecontroleerd: de wizard kon de beschrijving van de webservice {service} niet laden. {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="58" />
        <source>The server {host} has no webservice description of {service} at this address (HTTP {status}).</source>
        <translation>De server {host} heeft op dit adres geen beschrijving van de webservice {service} (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="48" />
        <source>Not tested, because Nmbrs refused the login (see List_GetAll).</source>
        <translation>Niet getest, omdat Nmbrs de login heeft geweigerd (zie List_GetAll).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="51" />
        <source>Not tested: the list of companies could not be read (see List_GetAll).</source>
        <translation>Niet getest: de lijst met bedrijven kon niet worden gelezen (zie List_GetAll).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="54" />
        <source>Not tested: the login sees no company.</source>
        <translation>Niet getest: de login ziet geen enkel bedrijf.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="57" />
        <source>Not tested: no employee is visible in the companies the login sees.</source>
        <translation>Niet getest: in de bedrijven die de login ziet, is geen enkele werknemer zichtbaar.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="60" />
        <source>Not tested: no payroll run was found this year or last year in the companies the login sees.</source>
        <translation>Niet getest: in de bedrijven die de login ziet, is dit jaar en vorig jaar geen salarisrun gevonden.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="65" />
        <source>Username and token are right, but the domain is not: Nmbrs says this login belongs to the domain {domain}. Enter {domain} as the domain in {step}.</source>
        <translation>Gebruikersnaam en token kloppen, maar het domein niet: volgens Nmbrs hoort deze login bij het domein {domain}. Vul in {step} {domain} in als domein.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="70" />
        <source>Username and token are right, but Nmbrs does not accept the domain. The domain is the part between https:// and .nmbrs.nl in the address you log in to Nmbrs with. Correct it in {step}.</source>
        <translation>Gebruikersnaam en token kloppen, maar Nmbrs accepteert het domein niet. Het domein is het deel tussen https:// en .nmbrs.nl in het adres waarmee je inlogt bij Nmbrs. Verbeter het in {step}.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="76" />
        <source>Enter the username, API token and domain of the login before the check.</source>
        <translation>Vul vóór de controle de gebruikersnaam, het API-token en het domein van de login in.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="94" />
        <source>Nmbrs does not accept this username and API token. Check both in {step:umbrella_registration}: the username is the login's e-mail address, the API token is on the API-Token tab of the login's profile. A token that was reset, or a deleted or inactive login (see {step:umbrella_login}), gives this too.</source>
        <translation>Nmbrs accepteert deze gebruikersnaam en dit API-token niet. Controleer beide in {step:umbrella_registration}: de gebruikersnaam is het e-mailadres van de login, het API-token staat op het tabblad API-Token in het profiel van de login. Dit gebeurt ook als het token opnieuw is aangemaakt, of als de login is verwijderd of niet actief is (zie {step:umbrella_login}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="101" />
        <source>Nmbrs refused the username, API token or domain. Check all three in {step:umbrella_registration}, and that the login is active (see {step:umbrella_login}).</source>
        <translation>Nmbrs heeft de gebruikersnaam, het API-token of het domein geweigerd. Controleer alle drie in {step:umbrella_registration}, en controleer of de login actief is (zie {step:umbrella_login}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="106" />
        <source>The login may not see this company's or employee's data. Set the login's filter to Alle debiteuren, or to your a.s.r. tag, in {step:umbrella_login}.</source>
        <translation>De login mag de gegevens van dit bedrijf of deze werknemer niet zien. Zet in {step:umbrella_login} het filter van de login op Alle debiteuren, of op je a.s.r.-tag.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="111" />
        <source>The login works, but it sees no company. Set its filter to Alle debiteuren, or to your a.s.r. tag and put that tag on the employers, in {step:umbrella_login}.</source>
        <translation>De login werkt, maar ziet geen enkel bedrijf. Zet in {step:umbrella_login} het filter van de login op Alle debiteuren, of op je a.s.r.-tag; geef de werkgevers dan ook die tag.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="120" />
        <source>Nmbrs does not accept this employer's username and API token. Check both in {step:debtor_employers}: the username is the master company login's e-mail address, the token is the API token you created for it in {step:debtor_master_login}. A token that was reset, or a deleted or inactive login, gives this too.</source>
        <translation>Nmbrs accepteert de gebruikersnaam en het API-token van deze werkgever niet. Controleer beide in {step:debtor_employers}: de gebruikersnaam is het e-mailadres van de master bedrijfslogin, het token is het API-token dat je daarvoor in {step:debtor_master_login} hebt aangemaakt. Dit gebeurt ook als het token opnieuw is aangemaakt, of als de login is verwijderd of niet actief is.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="127" />
        <source>Nmbrs refused this employer's username, API token or domain. Check all three in {step:debtor_employers}, and that the login is active (see {step:debtor_master_login}).</source>
        <translation>Nmbrs heeft de gebruikersnaam, het API-token of het domein van deze werkgever geweigerd. Controleer alle drie in {step:debtor_employers}, en controleer of de login actief is (zie {step:debtor_master_login}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="132" />
        <source>The login may not see this company's or employee's data. Set the master company login's filter to Alle debiteuren in {step:debtor_master_login}.</source>
        <translation>De login mag de gegevens van dit bedrijf of deze werknemer niet zien. Zet in {step:debtor_master_login} het filter van de master bedrijfslogin op Alle debiteuren.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/nmbrs_check_texts.py" line="137" />
        <source>The login works, but it sees no company. Set the master company login's filter to Alle debiteuren in {step:debtor_master_login}.</source>
        <translation>De login werkt, maar ziet geen enkel bedrijf. Zet in {step:debtor_master_login} het filter van de master bedrijfslogin op Alle debiteuren.</translation>
    </message>
</context>
<context>
    <name>NmbrsCheckPage</name>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="57" />
        <source>Fill in the username, API token and domain first; then the check can run.</source>
        <translation>Vul eerst de gebruikersnaam, het API-token en het domein in; daarna kan de controle starten.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="97" />
        <source>Everything works: every required call is active.</source>
        <translation>Alles werkt: elke benodigde API-call is actief.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="106" />
        <source>Companies {login} sees (%n): {names}</source>
        <translation>
            <numerusform>{login} ziet %n bedrijf: {names}</numerusform>
            <numerusform>{login} ziet %n bedrijven: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="107" />
        <source>{login} sees no company. Check the filter or tag of the login.</source>
        <translation>{login} ziet geen enkel bedrijf. Controleer het filter of de tag van de login.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="116" />
        <source>Live check in Nmbrs</source>
        <translation>Livecontrole in Nmbrs</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="119" />
        <source>The wizard logs in to Nmbrs with the details you entered and tries every call the link needs, without changing anything. The answers are not kept or shown; only whether each call works.</source>
        <translation>De wizard logt in bij Nmbrs met de gegevens die je hebt ingevuld en probeert elke API-call die de koppeling nodig heeft, zonder iets te wijzigen. De antwoorden worden niet bewaard of getoond; je ziet alleen of elke API-call werkt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/nmbrs_check_page.py" line="124" />
        <source>Use the Nmbrs &amp;sandbox</source>
        <translation>De Nmbrs-&amp;sandbox gebruiken</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../wizard/ui/widgets/notice_bar.py" line="40" />
        <source>Close the message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <location filename="../../wizard/ui/path_labels.py" line="1" />
        <source>Nmbrs, umbrella account</source>
        <translation>Nmbrs, overkoepelend account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/path_labels.py" line="1" />
        <source>Nmbrs, account per debtor</source>
        <translation>Nmbrs, account per debiteur</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/path_labels.py" line="1" />
        <source>AFAS, own data via Benefits-Plaza</source>
        <translation>AFAS, gegevens in eigen beheer via Benefits-Plaza</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="34" />
        <source>The saved progress could not be read, so the wizard starts afresh. The damaged file was kept as {name}.</source>
        <translation>De opgeslagen voortgang kon niet worden gelezen, daarom begint de wizard opnieuw. Het beschadigde bestand is bewaard als {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="39" />
        <source>The saved progress was made by a newer version of this program, so the wizard starts afresh. The file was kept as {name}.</source>
        <translation>De opgeslagen voortgang komt van een nieuwere versie van dit programma, daarom begint de wizard opnieuw. Het bestand is bewaard als {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="62" />
        <source>a text holds a character that cannot be saved</source>
        <translation>een tekst bevat een teken dat niet kan worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="44" />
        <source>The saved progress is not an ordinary file, so the wizard starts afresh. It was kept as {name}.</source>
        <translation>De opgeslagen voortgang is geen gewoon bestand, daarom begint de wizard opnieuw. Het is bewaard als {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="49" />
        <source>The saved progress could not be opened ({reason}), so the wizard starts afresh. The file was kept as {name}.</source>
        <translation>De opgeslagen voortgang kon niet worden geopend ({reason}), daarom begint de wizard opnieuw. Het bestand is bewaard als {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="54" />
        <source>The saved progress could not be read, and it could not be set aside either. The wizard leaves {name} as it is and does not save your progress in this session.</source>
        <translation>De opgeslagen voortgang kon niet worden gelezen en ook niet apart worden gezet. De wizard laat {name} zoals het is en slaat je voortgang in deze sessie niet op.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/progress_store.py" line="44" />
        <source>Your progress could not be saved ({reason}). Everything you typed is still here; the wizard tries again at the next change.</source>
        <translation>Je voortgang kon niet worden opgeslagen ({reason}). Alles wat je hebt ingevuld staat er nog; de wizard probeert het opnieuw bij de volgende wijziging.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../wizard/ui/qt_dialog_texts.py" line="11" />
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/qt_dialog_texts.py" line="12" />
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Check an existing link again</source>
        <translation>Een bestaande koppeling opnieuw controleren</translation>
    </message>
    <message>
        <source>Choose the registration file you saved. The wizard checks every login in it again, with the tokens from the file or from this computer's secure storage, and records the result with its date in the file.</source>
        <translation>Kies het aanmeldbestand dat je hebt opgeslagen. De wizard controleert elke login daarin opnieuw, met de tokens uit het bestand of uit de beveiligde opslag van deze computer, en legt het resultaat met de datum vast in het bestand.</translation>
    </message>
    <message>
        <source>&amp;Choose a registration file…</source>
        <translation>Aanmeldbestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Choose a registration file</source>
        <translation>Aanmeldbestand kiezen</translation>
    </message>
    <message>
        <source>Last check recorded in the file: {moment}.</source>
        <translation>Laatste controle volgens het bestand: {moment}.</translation>
    </message>
    <message>
        <source>Last time a login was all good: {moment}.</source>
        <translation>Laatste keer dat een login in orde was: {moment}.</translation>
    </message>
    <message>
        <source>The result is recorded in {file}, with its date.</source>
        <translation>Het resultaat is met de datum vastgelegd in {file}.</translation>
    </message>
    <message>
        <source>The result could not be recorded in {file}: {reason}</source>
        <translation>Het resultaat kon niet worden vastgelegd in {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>RegistrationExportPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="100" />
        <source>&amp;Save registration…</source>
        <translation>Aanmelding op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="101" />
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="109" />
        <source>Save registration</source>
        <translation>Aanmelding opslaan</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="119" />
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="121" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="147" />
        <source>Choose a payroll package and account type first.</source>
        <translation>Kies eerst een salarispakket en het soort account.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="159" />
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>De PDF kon niet worden opgeslagen als {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/registration_export_panel.py" line="165" />
        <source>Saved the PDF as {path}.</source>
        <translation>De PDF is opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Put the &amp;tokens in the file as well</source>
        <translation>Tokens ook in het bestand op&amp;nemen</translation>
    </message>
    <message>
        <source>Useful only to continue on another computer of your own without typing the tokens again.</source>
        <translation>Alleen handig om op een andere computer van jezelf verder te gaan zonder de tokens opnieuw te typen.</translation>
    </message>
    <message>
        <source>Saved the registration as {path}. The file is for your own records and to continue later; the details go to a.s.r. through its web form, not as a file.</source>
        <translation>De aanmelding is opgeslagen als {path}. Het bestand is voor je eigen administratie en om later verder te gaan; de gegevens gaan naar a.s.r. via haar webformulier, niet als bestand.</translation>
    </message>
    <message>
        <source>It holds live tokens: never e-mail it.</source>
        <translation>Er staan echte tokens in: mail het bestand nooit.</translation>
    </message>
</context>
<context>
    <name>RegistrationFile</name>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="72" />
        <source>The file is larger than {limit} bytes; that is far too large for a registration file.</source>
        <translation>Het bestand is groter dan {limit} bytes; dat is veel te groot voor een aanmeldbestand.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="77" />
        <source>{path} is not an ordinary file (for example a folder or a device), so it is not a registration file.</source>
        <translation>{path} is geen gewoon bestand (maar bijvoorbeeld een map of een apparaat), dus het is geen aanmeldbestand.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="77" />
        <source>The file is not text (UTF-8), so it is not a registration file.</source>
        <translation>Het bestand is geen tekst (UTF-8), dus het is geen aanmeldbestand.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="80" />
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="81" />
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>Het bestand is geen geldige JSON (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="84" />
        <source>The file is not valid JSON: it holds a value JSON does not allow.</source>
        <translation>Het bestand is geen geldige JSON: het bevat een waarde die in JSON niet is toegestaan.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="87" />
        <source>The file is nested too deeply to be a registration file.</source>
        <translation>Het bestand is te diep genest om een aanmeldbestand te zijn.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="90" />
        <source>The registration file is not valid.</source>
        <translation>Het aanmeldbestand is niet geldig.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="91" />
        <source>The registration is not complete or not valid, so it was not saved.</source>
        <translation>De aanmelding is niet volledig of niet geldig, daarom is ze niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="94" />
        <source>The registration file could not be saved as {path}: {reason}. Nothing was lost; choose another folder, or free up disk space and try again.</source>
        <translation>Het aanmeldbestand kon niet worden opgeslagen als {path}: {reason}. Er is niets verloren gegaan; kies een andere map, of maak schijfruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {path} is read-only, so the result was not recorded in it; the file is unchanged.</source>
        <translation>Het bestand {path} is alleen-lezen, dus het resultaat is er niet in vastgelegd; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="51" />
        <source>This is not a registration file: it must hold one JSON object.</source>
        <translation>Dit is geen aanmeldbestand: het moet precies één JSON-object bevatten.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="54" />
        <source>Unknown schema version {version}. This program reads schema versions 1 to {supported}.</source>
        <translation>Onbekende schemaversie {version}. Dit programma leest schemaversie 1 tot en met {supported}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="58" />
        <source>This field is missing.</source>
        <translation>Dit veld ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="59" />
        <source>This field does not belong in a registration file for this path.</source>
        <translation>Dit veld hoort niet in een aanmeldbestand voor deze route.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="62" />
        <source>This field must be text.</source>
        <translation>Dit veld moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="63" />
        <source>This field must be true or false.</source>
        <translation>Dit veld moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="64" />
        <source>This field must be a whole number.</source>
        <translation>Dit veld moet een heel getal zijn.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="65" />
        <source>This field must be a list.</source>
        <translation>Dit veld moet een lijst zijn.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="66" />
        <source>This field must be a group of fields (a JSON object).</source>
        <translation>Dit veld moet een groep velden zijn (een JSON-object).</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="69" />
        <source>This field has the wrong type.</source>
        <translation>Dit veld heeft het verkeerde type.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="70" />
        <source>This field must be {expected}.</source>
        <translation>Dit veld moet {expected} zijn.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="71" />
        <source>This field must be one of: {choices}.</source>
        <translation>Dit veld moet een van deze waarden hebben: {choices}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="72" />
        <source>This is not a date and time with a time zone, such as 2025-01-31T09:30:00+01:00.</source>
        <translation>Dit is geen datum en tijd met tijdzone, zoals 2025-01-31T09:30:00+01:00.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="76" />
        <source>This field must not be empty.</source>
        <translation>Dit veld mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="77" />
        <source>This value does not have the expected form.</source>
        <translation>Deze waarde heeft niet de verwachte vorm.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="78" />
        <source>Write this value in its standard form: {expected}</source>
        <translation>Schrijf deze waarde in de standaardvorm: {expected}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="81" />
        <source>This token is not in its standard form. Enter only the token itself, without spaces or other text around it.</source>
        <translation>Dit token staat niet in de standaardvorm. Vul alleen het token zelf in, zonder spaties of andere tekst eromheen.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="86" />
        <source>This text contains characters that cannot be stored (unpaired surrogates).</source>
        <translation>Deze tekst bevat tekens die niet kunnen worden opgeslagen (ongepaarde surrogaten).</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_schema.py" line="89" />
        <source>The field {name} appears more than once.</source>
        <translation>Het veld {name} komt meer dan één keer voor.</translation>
    </message>
    <message>
        <source>This file contains the tokens. Anyone who has it can read the payroll data: keep it safe and never e-mail it. The tokens go to a.s.r. through its web form, not as a file.</source>
        <translation>Dit bestand bevat de tokens. Wie het heeft, kan de salarisgegevens lezen: bewaar het veilig en mail het nooit. De tokens gaan naar a.s.r. via haar webformulier, niet als bestand.</translation>
    </message>
    <message>
        <source>The tokens are left out: the file says "lever ik apart aan" instead. You give the tokens to a.s.r. in its web form at www.asr.nl/salarisverwerkers.</source>
        <translation>De tokens staan er niet in: in het bestand staat “lever ik apart aan”. De tokens geef je aan a.s.r. in haar webformulier op www.asr.nl/salarisverwerkers.</translation>
    </message>
    <message>
        <source>The tokens are left out: the file says "lever ik apart aan" instead. With an account per debtor, you give each employer's username and API token when you register that employer with a.s.r.</source>
        <translation>De tokens staan er niet in: in het bestand staat “lever ik apart aan”. Bij een account per debiteur geef je de gebruikersnaam en het API-token van elke werkgever door wanneer je die werkgever bij a.s.r. aanmeldt.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/registration_file.py" line="83" />
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is een map, geen bestand.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../wizard/ui/pages/registration_page.py" line="62" />
        <source>Fill in each field. A message next to a field says what to fix.</source>
        <translation>Vul elk veld in. Een melding bij een veld zegt wat je moet aanpassen.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/registration_page.py" line="82" />
        <source>Still to complete: {fields}</source>
        <translation>Nog in te vullen of te verbeteren: {fields}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/registration_page.py" line="85" />
        <source>All fields are complete.</source>
        <translation>Alle velden zijn ingevuld.</translation>
    </message>
</context>
<context>
    <name>RegistrationPdf</name>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="131" />
        <source>Nmbrs, account type not chosen yet</source>
        <translation>Nmbrs, soort account nog niet gekozen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="132" />
        <source>No path chosen yet</source>
        <translation>Nog geen route gekozen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="152" />
        <source>AFAS connector</source>
        <translation>AFAS-connector</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="153" />
        <source>Other AFAS connector</source>
        <translation>Andere AFAS-connector</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="154" />
        <source>Employer code</source>
        <translation>Werkgeverscode</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="225" />
        <source>Field on a.s.r.'s form</source>
        <translation>Veld op het formulier van a.s.r.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="226" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="244" />
        <source>No live check was run in this session before this summary was made.</source>
        <translation>In deze sessie is er geen livecontrole uitgevoerd voordat dit overzicht werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="250" />
        <source>Checked on {time}.</source>
        <translation>Gecontroleerd op {time}.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="290" />
        <source>Call or connector</source>
        <translation>API-call of connector</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="292" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="302" />
        <source>Companies the login sees: {names}</source>
        <translation>Bedrijven die de login ziet: {names}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="261" />
        <source>(not shown: {count})</source>
        <translation>(niet getoond: {count})</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="330" />
        <source>Rows not shown: {count}.</source>
        <translation>Niet getoonde regels: {count}.</translation>
    </message>
    <message>
        <source>And {count} more logins, not shown here: see the registration file (section controle_per_login).</source>
        <translation>En nog {count} andere logins, hier niet getoond: zie het aanmeldbestand (onderdeel controle_per_login).</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="330" />
        <location filename="../../wizard/ui/registration_pdf.py" line="434" />
        <source>Registration for the a.s.r. salary link</source>
        <translation>Aanmelding voor de salariskoppeling van a.s.r.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="325" />
        <source>Made on {date} with {program} {version}.</source>
        <translation>Gemaakt op {date} met {program} {version}.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="330" />
        <source>Chosen path</source>
        <translation>Gekozen route</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="337" />
        <source>AFAS environment type</source>
        <translation>Soort AFAS-omgeving</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="341" />
        <source>Details for a.s.r.'s form</source>
        <translation>Gegevens voor het formulier van a.s.r.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="343" />
        <source>Tokens are never printed; they are shown as {mask}.</source>
        <translation>Tokens worden nooit afgedrukt; ze staan er als {mask}.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/registration_pdf.py" line="481" />
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} van {count}</translation>
    </message>
    <message>
        <source>Result: not run. {reason}</source>
        <translation>Resultaat: niet uitgevoerd. {reason}</translation>
    </message>
    <message>
        <source>Result: not checked completely, nothing was refused. {reason}</source>
        <translation>Resultaat: niet volledig gecontroleerd; er is niets geweigerd. {reason}</translation>
    </message>
    <message>
        <source>Tried on {time}.</source>
        <translation>Geprobeerd op {time}.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Needed for the live check only</source>
        <translation>Alleen nodig voor de livecontrole</translation>
    </message>
    <message>
        <source>These details are not on a.s.r.'s form; the wizard needs them for the live check.</source>
        <translation>Deze gegevens staan niet op het formulier van a.s.r.; de wizard heeft ze nodig voor de livecontrole.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>The wizard's own list of what each employer needs; these are not fields of a.s.r.'s registration form. You give the username and API token when you register the employer.</source>
        <translation>De eigen lijst van de wizard met wat elke werkgever nodig heeft; dit zijn geen velden van het aanmeldformulier van a.s.r. De gebruikersnaam en het API-token geef je op wanneer je de werkgever aanmeldt.</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
</context>
<context>
    <name>RegistrationRecheck</name>
    <message>
        <source>The re-check of a saved file cannot run this path's live check yet: run the live check in the wizard instead.</source>
        <translation>Het opnieuw controleren van een opgeslagen bestand kan de livecontrole van dit pad nog niet uitvoeren: voer de livecontrole uit in de wizard.</translation>
    </message>
</context>
<context>
    <name>RegistrationWords</name>
    <message>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <source>No employers entered yet.</source>
        <translation>Nog geen werkgevers ingevuld.</translation>
    </message>
    <message>
        <source>Employer {number}</source>
        <translation>Werkgever {number}</translation>
    </message>
    <message>
        <source>Employer {number}: {name}</source>
        <translation>Werkgever {number}: {name}</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(niet ingevuld)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="49" />
        <source>No secure storage is available on this computer. The token is kept in memory only for this session.</source>
        <translation>Op deze computer is geen beveiligde opslag beschikbaar. Het token wordt alleen voor deze sessie in het geheugen bewaard.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="54" />
        <source>The secure storage is locked. The token is kept in memory only for this session.</source>
        <translation>De beveiligde opslag is vergrendeld. Het token wordt alleen voor deze sessie in het geheugen bewaard.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="58" />
        <source>The secure storage could not be used. The token is kept in memory only for this session.</source>
        <translation>De beveiligde opslag kon niet worden gebruikt. Het token wordt alleen voor deze sessie in het geheugen bewaard.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="62" />
        <source>Tokens are stored in the secure storage of the operating system.</source>
        <translation>Tokens worden bewaard in de beveiligde opslag van het besturingssysteem.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="65" />
        <source>The token is too long to store securely (at most 1280 characters). Check that you copied only the token.</source>
        <translation>Het token is te lang om veilig op te slaan (hoogstens 1280 tekens). Controleer of je alleen het token hebt gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="71" />
        <source>Windows Credential Manager</source>
        <translation>Windows Referentiebeheer</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="72" />
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="73" />
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="74" />
        <source>macOS Keychain</source>
        <translation>macOS-sleutelhanger</translation>
    </message>
    <message>
        <location filename="../../wizard/services/secret_store.py" line="75" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>SendFormPage</name>
    <message>
        <source>Fill in a.s.r.'s form with these values and send it.</source>
        <translation>Vul het formulier van a.s.r. in met deze waarden en verstuur het.</translation>
    </message>
    <message>
        <source>&amp;Open {address}</source>
        <translation>{address} &amp;openen</translation>
    </message>
</context>
<context>
    <name>SideActions</name>
    <message>
        <location filename="../../wizard/ui/widgets/side_actions.py" line="32" />
        <source>&amp;Import an earlier registration…</source>
        <translation>Eerdere aanmelding &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/side_actions.py" line="34" />
        <source>Continue from a registration file you saved before, e.g. to add employers.</source>
        <translation>Ga verder vanuit een aanmeldbestand dat je eerder hebt opgeslagen, bijvoorbeeld om werkgevers toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/side_actions.py" line="36" />
        <source>Fo&amp;rget saved data…</source>
        <translation>Opgeslagen &amp;gegevens wissen…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/side_actions.py" line="38" />
        <source>Remove the saved progress and the tokens this wizard stored on this computer.</source>
        <translation>Verwijder de opgeslagen voortgang en de tokens die deze wizard op deze computer heeft bewaard.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/side_actions.py" line="40" />
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose exporteren…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/side_actions.py" line="42" />
        <source>Export a diagnostics file for the support desk (no tokens or employee data).</source>
        <translation>Maak een diagnosebestand voor de servicedesk (zonder tokens of gegevens van werknemers).</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../wizard/app.py" line="150" />
        <source>The wizard is already open. Switch to that window to continue; this copy closes so your progress stays safe.</source>
        <translation>De wizard is al geopend. Ga naar dat venster om verder te gaan; dit venster sluit, zodat je voortgang veilig blijft.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="114" />
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="117" />
        <source>This wizard guides you step by step through connecting your payroll package to the a.s.r. salary link (salariskoppeling). You can stop at any time: your progress is saved.</source>
        <translation>Deze wizard helpt je stap voor stap je salarispakket aan te sluiten op de salariskoppeling van a.s.r. Je kunt op elk moment stoppen: je voortgang wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="122" />
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="125" />
        <source>You were here before: {summary}
Do you want to continue where you left off?</source>
        <translation>Je was hier al eerder: {summary}
Wil je verdergaan waar je gebleven was?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="128" />
        <source>&amp;Continue where I was</source>
        <translation>Verdergaan &amp;waar ik was</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="129" />
        <source>Start &amp;over</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="130" />
        <source>Which payroll package do you connect?</source>
        <translation>Welk salarispakket sluit je aan?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="131" />
        <source>N&amp;mbrs: register as payroll processor</source>
        <translation>&amp;Nmbrs: aanmelden als salarisverwerker</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="134" />
        <source>You process payroll for employers in Nmbrs and register with a.s.r. as payroll processor (salarisverwerker).</source>
        <translation>Je verwerkt salarissen voor werkgevers in Nmbrs en meldt je bij a.s.r. aan als salarisverwerker.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="138" />
        <source>&amp;AFAS: own data via Benefits-Plaza</source>
        <translation>&amp;AFAS: gegevens in eigen beheer via Benefits-Plaza</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start_page.py" line="141" />
        <source>You keep your own payroll in AFAS Profit and supply the data yourself (gegevens in eigen beheer) through Benefits-Plaza.</source>
        <translation>Je voert je eigen salarisadministratie in AFAS Profit en levert de gegevens zelf aan (gegevens in eigen beheer) via Benefits-Plaza.</translation>
    </message>
    <message>
        <source>Already connected? Check a saved registration again, every login at once.</source>
        <translation>Al gekoppeld? Controleer een opgeslagen aanmelding opnieuw, alle logins tegelijk.</translation>
    </message>
    <message>
        <source>Check an e&amp;xisting link again…</source>
        <translation>Een &amp;bestaande koppeling opnieuw controleren…</translation>
    </message>
</context>
<context>
    <name>StepName</name>
    <message>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Livecontrole</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wat er nu volgt</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="51" />
        <source>Payroll package</source>
        <translation>Salarispakket</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="52" />
        <source>Account type</source>
        <translation>Soort account</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="61" />
        <location filename="../../wizard/ui/widgets/step_panel.py" line="75" />
        <source>Your steps</source>
        <translation>Jouw stappen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <source>not checked completely</source>
        <translation>niet volledig gecontroleerd</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>problemen gevonden</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="80" />
        <source>current step</source>
        <translation>huidige stap</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="82" />
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets/step_panel.py" line="85" />
        <source>to do</source>
        <translation>nog te doen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="69" />
        <source>Path</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="96" />
        <source>not run in this session (optional; it needs an internet connection)</source>
        <translation>niet uitgevoerd in deze sessie (niet verplicht; hiervoor is een internetverbinding nodig)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="98" />
        <source>passed on {time}</source>
        <translation>geslaagd op {time}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="99" />
        <source>found problems on {time}; see the live-check step</source>
        <translation>problemen gevonden op {time}; zie de stap Livecontrole</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="129" />
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="130" />
        <source>&amp;Copy to a.s.r.'s form</source>
        <translation>Naar het &amp;formulier van a.s.r. kopiëren</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/summary_page.py" line="134" />
        <source>Check your details. Tokens are hidden on this page.</source>
        <translation>Controleer je gegevens. Tokens zijn op deze pagina verborgen.</translation>
    </message>
    <message>
        <source>not run on {time}: {reason}</source>
        <translation>niet uitgevoerd op {time}: {reason}</translation>
    </message>
    <message>
        <source>ran on {time}, but not everything could be checked; see the live-check step</source>
        <translation>uitgevoerd op {time}, maar niet alles kon worden gecontroleerd; zie de stap Livecontrole</translation>
    </message>
    <message>
        <source>needed for the live check; not on the form</source>
        <translation>nodig voor de livecontrole; staat niet op het formulier</translation>
    </message>
    <message>
        <source>What each employer needs, by the wizard's own list (not fields of a.s.r.'s form):</source>
        <translation>Wat elke werkgever nodig heeft, volgens de eigen lijst van de wizard (geen velden van het formulier van a.s.r.):</translation>
    </message>
    <message>
        <source>Save the registration file and the PDF below if you want to keep them. The next page says what happens next.</source>
        <translation>Sla hieronder het aanmeldbestand en de PDF op als je ze wilt bewaren. Op de volgende pagina lees je wat er daarna gebeurt.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <location filename="../../wizard/services/support_bundle.py" line="43" />
        <source>The wizard's log: steps taken, check results and errors. Tokens, passwords and answers from Nmbrs or AFAS are left out.</source>
        <translation>Het logboek van de wizard: doorlopen stappen, controleresultaten en fouten. Tokens, wachtwoorden en antwoorden van Nmbrs of AFAS zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/support_bundle.py" line="48" />
        <source>An older part of the wizard's log, with tokens and passwords left out as well.</source>
        <translation>Een ouder deel van het logboek, ook zonder tokens en wachtwoorden.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/support_bundle.py" line="52" />
        <source>The version of the wizard, of Python and Qt, and the operating system.</source>
        <translation>De versie van de wizard, van Python en Qt, en het besturingssysteem.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/support_bundle.py" line="56" />
        <source>The chosen package and account type, the current step and which steps are done. None of the details you entered.</source>
        <translation>Het gekozen pakket en soort account, de huidige stap en welke stappen klaar zijn. Geen van de gegevens die je hebt ingevuld.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/support_bundle.py" line="61" />
        <source>The results of the live checks per call or connector, and the number of companies found (not their names).</source>
        <translation>De uitkomsten van de livecontroles per API-call of connector, en het aantal gevonden bedrijven (niet de namen ervan).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/support_bundle.py" line="66" />
        <source>The network settings: proxy server and port (without user name or password), the addresses that skip the proxy, the timeouts and whether the sandbox is used.</source>
        <translation>De netwerkinstellingen: proxyserver en poort (zonder gebruikersnaam of wachtwoord), de adressen die de proxy overslaan, de time-outs en of de sandbox wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>TokenKeeper</name>
    <message>
        <location filename="../../wizard/services/token_keeper.py" line="12" />
        <source>Everything this wizard stored on this computer has been removed: the progress and the tokens in the secure storage (number of tokens: {count}).</source>
        <translation>Alles wat deze wizard op deze computer had bewaard, is verwijderd: de voortgang en de tokens in de beveiligde opslag (aantal tokens: {count}).</translation>
    </message>
    <message>
        <location filename="../../wizard/services/token_keeper.py" line="17" />
        <source>The progress has been removed. The secure storage could not be reached, so tokens stored there earlier may still be there.</source>
        <translation>De voortgang is verwijderd. De beveiligde opslag was niet bereikbaar, dus tokens die daar eerder zijn bewaard, kunnen er nog staan.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../../wizard/commands/validate.py" line="28" />
        <source>{file} is a valid registration file.</source>
        <translation>{file} is een geldig aanmeldbestand.</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/validate.py" line="30" />
        <source>Not valid: 1 problem</source>
        <translation>Niet geldig: 1 probleem</translation>
    </message>
    <message>
        <location filename="../../wizard/commands/validate.py" line="31" />
        <source>Not valid: {count} problems</source>
        <translation>Niet geldig: {count} problemen</translation>
    </message>
</context>
<context>
    <name>WherePath</name>
    <message>
        <location filename="../../wizard/ui/widgets/where_path.py" line="52" />
        <source>or</source>
        <translation>of</translation>
    </message>
</context>
</TS>