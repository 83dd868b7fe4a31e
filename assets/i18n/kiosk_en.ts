<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English is the source language: this file holds only the plural forms of counts. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HelpSheet</name>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>You have been waiting for %n second.</numerusform>
            <numerusform>You have been waiting for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>You have been waiting for %n minute.</numerusform>
            <numerusform>You have been waiting for %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
