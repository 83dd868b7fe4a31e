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
<context>
    <name>Ticket</name>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Expected wait: about %n minute</numerusform>
            <numerusform>Expected wait: about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Expected wait: up to %n minute</numerusform>
            <numerusform>Expected wait: up to %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Expected wait: %1–%n minute</numerusform>
            <numerusform>Expected wait: %1–%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>%n person is ahead of you.</numerusform>
            <numerusform>%n people are ahead of you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>If that system refuses them, they stay here for staff and are deleted after %n day.</numerusform>
            <numerusform>If that system refuses them, they stay here for staff and are deleted after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>They are kept on this terminal for the office and deleted after %n day.</numerusform>
            <numerusform>They are kept on this terminal for the office and deleted after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>Copies of the printouts are stored on the terminal and deleted after %n day.</numerusform>
            <numerusform>Copies of the printouts are stored on the terminal and deleted after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>%n person is ahead of you.</numerusform>
            <numerusform>%n people are ahead of you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
</context>
<context>
    <name>IdCardView</name>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>%n field was filled in. Please check it.</numerusform>
            <numerusform>%n fields were filled in. Please check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>%n field was filled in. Your document's machine-readable zone contains an error, so please check it carefully.</numerusform>
            <numerusform>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>Please check the number and try again. %n attempt left.</numerusform>
            <numerusform>Please check the number and try again. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>To protect your privacy, everything you entered will be deleted in %n second.</numerusform>
            <numerusform>To protect your privacy, everything you entered will be deleted in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Expected wait: about %n minute</numerusform>
            <numerusform>Expected wait: about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Expected wait: up to %n minute</numerusform>
            <numerusform>Expected wait: up to %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Expected wait: %1–%n minute</numerusform>
            <numerusform>Expected wait: %1–%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n second: the kiosk will speak to you. Headphones: use the socket on the keypad.</numerusform>
            <numerusform>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</numerusform>
        </translation>
    </message>
</context>
</TS>
