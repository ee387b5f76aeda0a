<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The Dutch of the made-up path's labels, as a real fourth path adds them to wizard_nl.ts. -->
<TS version="2.1" language="nl_NL">
<context>
    <name>PathLabel</name>
    <message>
        <source>Testpakket, a made-up package</source>
        <translation>Testpakket, een verzonnen pakket</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>T&amp;estpakket: a made-up package for the tests</source>
        <translation>T&amp;estpakket: een verzonnen pakket voor de tests</translation>
    </message>
    <message>
        <source>Proves that a new path needs no change to the program.</source>
        <translation>Bewijst dat een nieuw pad geen wijziging van het programma nodig heeft.</translation>
    </message>
</context>
</TS>
