<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>Your appointment</source>
        <translation>Ihr Termin</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Sie sind zu früh</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Ihre Terminzeit ist vorbei</translation>
    </message>
    <message>
        <source>Appointments cannot be checked right now</source>
        <translation>Termine können gerade nicht geprüft werden</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Ankunft zum Termin melden</translation>
    </message>
    <message>
        <source>Hold the QR code of your confirmation under the scanner, or type your booking code.</source>
        <translation>Halten Sie den QR-Code Ihrer Terminbestätigung unter den Scanner oder tippen Sie Ihren Buchungscode ein.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>This is not a valid booking code. Please check it.</source>
        <translation>Das ist kein gültiger Buchungscode. Bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this code.</source>
        <translation>Zu diesem Code haben wir keinen Termin gefunden.</translation>
    </message>
    <message>
        <source>Looking up your appointment …</source>
        <translation>Ihr Termin wird gesucht …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Termin suchen</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Heute um %1 Uhr</translation>
    </message>
    <message>
        <source>Please come back at %1. You can check in from then on.</source>
        <translation>Bitte kommen Sie um %1 Uhr wieder. Ab dann können Sie Ihre Ankunft melden.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead. We will serve you as soon as possible.</source>
        <translation>Sie können stattdessen eine Wartenummer ziehen. Wir bedienen Sie so bald wie möglich.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Ankunft jetzt melden</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Wartenummer ziehen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Start</translation>
    </message>
    <message>
        <source>Your appointment is on another day</source>
        <translation>Ihr Termin ist an einem anderen Tag</translation>
    </message>
    <message>
        <source>You have already been called</source>
        <translation>Sie wurden schon aufgerufen</translation>
    </message>
    <message>
        <source>This appointment is already finished</source>
        <translation>Dieser Termin ist schon erledigt</translation>
    </message>
    <message>
        <source>Your number was called while you were away</source>
        <translation>Ihre Nummer wurde aufgerufen, als Sie nicht da waren</translation>
    </message>
    <message>
        <source>This is a waiting number, not an appointment</source>
        <translation>Das ist eine Wartenummer, kein Termin</translation>
    </message>
    <message>
        <source>This appointment was cancelled</source>
        <translation>Dieser Termin wurde abgesagt</translation>
    </message>
    <message>
        <source>This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.</source>
        <translation>Dieser Buchungscode hat einen langen Schlüssel, der sich nicht eintippen lässt. Bitte halten Sie den QR-Code Ihrer Bestätigung unter den Scanner oder fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>On %1 at %2</source>
        <translation>Am %1 um %2 Uhr</translation>
    </message>
    <message>
        <source>Please come back on the day of your appointment.</source>
        <translation>Bitte kommen Sie am Tag Ihres Termins wieder.</translation>
    </message>
    <message>
        <source>Please watch the display and go to the counter shown there.</source>
        <translation>Bitte achten Sie auf die Anzeige und gehen Sie zu dem Platz, der dort steht.</translation>
    </message>
    <message>
        <source>If you need anything else, please take a waiting number or ask at the information desk.</source>
        <translation>Wenn Sie noch etwas brauchen, ziehen Sie bitte eine Wartenummer oder fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>Bitte fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>Your number is %1. Please watch the display.</source>
        <translation>Ihre Nummer ist %1. Bitte achten Sie auf die Anzeige.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead, or ask at the information desk.</source>
        <translation>Sie können stattdessen eine Wartenummer ziehen oder sich an die Information wenden.</translation>
    </message>
    <message>
        <source>The scanner is below the screen. Hold the code under its window.</source>
        <translation>Der Scanner ist unter dem Bildschirm. Halten Sie den Code unter sein Fenster.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen. Hold the code under its window.</source>
        <translation>Der Scanner ist rechts neben dem Bildschirm. Halten Sie den Code unter sein Fenster.</translation>
    </message>
    <message>
        <source>%1 (in German)</source>
        <translation>%1 (auf Deutsch)</translation>
    </message>
</context>
<context>
    <name>ConcernChoiceView</name>
    <message>
        <source>About 5 minutes. Your ID card can fill in your name.</source>
        <translation>Etwa 5 Minuten. Ihr Ausweis kann Ihren Namen eintragen.</translation>
    </message>
    <message>
        <source>Fill in the form now</source>
        <translation>Formular jetzt ausfüllen</translation>
    </message>
    <message>
        <source>Only take a waiting number</source>
        <translation>Nur Wartenummer ziehen, ohne Formular</translation>
    </message>
    <message>
        <source>You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.</source>
        <translation>Sie können das Formular gleich hier ausfüllen. Ihre Angaben sind dann vor Ihnen am Schalter, und Ihr Termin geht schneller.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
    <message>
        <source>What can we help you with?</source>
        <translation>Was ist Ihr Anliegen?</translation>
    </message>
    <message>
        <source>No more numbers today</source>
        <translation>Heute keine Nummern mehr</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Ich habe einen Termin</translation>
    </message>
    <message>
        <source>Scan or type the code of your confirmation</source>
        <translation>Code der Terminbestätigung scannen oder eintippen</translation>
    </message>
    <message>
        <source>Closed right now</source>
        <translation>Gerade geschlossen</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment</source>
        <translation>Hier werden gerade keine Nummern ausgegeben</translation>
    </message>
    <message>
        <source>Not available at this terminal</source>
        <translation>An diesem Terminal nicht verfügbar</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>QR-Code: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone: %1</source>
        <translation>Scannen Sie den Code mit Ihrem Handy: %1</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Nach oben blättern</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Nach unten blättern</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Add another person</source>
        <translation>Weitere Person hinzufügen</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Unterschrift löschen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Hier mit dem Finger unterschreiben</translation>
    </message>
    <message>
        <source>Taken from your ID document. Please check it.</source>
        <translation>Aus Ihrem Ausweis übernommen. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(freiwillig)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>For example: 27 03 1985</source>
        <translation>Zum Beispiel: 27 03 1985</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>Bitte prüfen Sie Ihre Angaben</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer below.</source>
        <translation>Bitte nehmen Sie Ihre Eingangsbestätigung unten aus dem Drucker.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Take a waiting number for this concern</source>
        <translation>Wartenummer für dieses Anliegen ziehen</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference.</source>
        <translation>Die Eingangsbestätigung konnte nicht gedruckt werden. Bitte notieren Sie Ihre Vorgangsnummer.</translation>
    </message>
    <message>
        <source>Your form could not be saved</source>
        <translation>Ihr Formular konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Ihr Formular wurde gesendet</translation>
    </message>
    <message>
        <source>Your receipt is being printed …</source>
        <translation>Ihre Eingangsbestätigung wird gedruckt …</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ihre Vorgangsnummer für den Schalter:</translation>
    </message>
    <message>
        <source>Fill in from my ID card or passport</source>
        <translation>Aus Ausweis oder Reisepass ausfüllen</translation>
    </message>
    <message>
        <source>Faster and without typing errors</source>
        <translation>Schneller und ohne Tippfehler</translation>
    </message>
    <message>
        <source>The terminal's storage is full, so your form has not been sent.</source>
        <translation>Der Speicher des Terminals ist voll, daher wurde Ihr Formular nicht gesendet.</translation>
    </message>
    <message>
        <source>The terminal could not store your form, so it has not been sent.</source>
        <translation>Das Terminal konnte Ihr Formular nicht speichern, daher wurde es nicht gesendet.</translation>
    </message>
    <message>
        <source>The filled form is being printed …</source>
        <translation>Das ausgefüllte Formular wird gedruckt …</translation>
    </message>
    <message>
        <source>Please take the filled form from the printer to the counter.</source>
        <translation>Bitte nehmen Sie das ausgefüllte Formular aus dem Drucker mit zum Schalter.</translation>
    </message>
    <message>
        <source>The filled form could not be printed either. Please ask at the counter.</source>
        <translation>Auch das ausgefüllte Formular konnte nicht gedruckt werden. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Your entries are still here. The terminal keeps trying to save them.</source>
        <translation>Ihre Angaben sind noch da. Das Terminal versucht weiter, sie zu speichern.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Print the filled form for the counter</source>
        <translation>Ausgefülltes Formular für den Schalter drucken</translation>
    </message>
    <message>
        <source>Take a waiting number anyway</source>
        <translation>Trotzdem eine Wartenummer ziehen</translation>
    </message>
    <message>
        <source>Finish without a waiting number</source>
        <translation>Ohne Wartenummer beenden</translation>
    </message>
    <message>
        <source>Next step: take a waiting number. At the counter, your form is ready for the clerk.</source>
        <translation>Nächster Schritt: Ziehen Sie eine Wartenummer. Am Schalter liegt Ihr Formular dann bereit.</translation>
    </message>
    <message>
        <source>Questions marked “(optional)” can be left empty. All other questions need an answer.</source>
        <translation>Fragen mit „(freiwillig)“ können Sie leer lassen. Alle anderen Fragen müssen Sie beantworten.</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Probleme auf dieser Seite: %1</translation>
    </message>
    <message>
        <source>Tap an entry to go to the question.</source>
        <translation>Tippen Sie auf einen Eintrag, um zur Frage zu gehen.</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <source>What do you need help with?</source>
        <translation>Wobei brauchen Sie Hilfe?</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>Hilfe ist unterwegs</translation>
    </message>
    <message>
        <source>Help has been requested</source>
        <translation>Hilfe wurde angefordert</translation>
    </message>
    <message>
        <source>Help with a form</source>
        <translation>Hilfe beim Formular</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Technisches Problem</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Demo mode: this answer is simulated. No member of staff was notified.</source>
        <translation>Demo-Modus: Diese Antwort ist simuliert. Es wurde niemand vom Personal benachrichtigt.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>More staff have been informed.</source>
        <translation>Weitere Mitarbeitende wurden informiert.</translation>
    </message>
    <message>
        <source>Staff have been informed. Please stay at the terminal.</source>
        <translation>Das Personal ist informiert. Bitte bleiben Sie am Terminal.</translation>
    </message>
    <message>
        <source>Please go to counter %1.</source>
        <translation>Bitte gehen Sie zu Schalter %1.</translation>
    </message>
    <message>
        <source>%1 is coming to you.</source>
        <translation>%1 kommt zu Ihnen.</translation>
    </message>
    <message>
        <source>Someone is coming to you.</source>
        <translation>Eine Mitarbeiterin oder ein Mitarbeiter kommt zu Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>Sie warten seit %n Sekunde.</numerusform>
            <numerusform>Sie warten seit %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>Sie warten seit %n Minute.</numerusform>
            <numerusform>Sie warten seit %n Minuten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCardView</name>
    <message>
        <source>The card reader is not available</source>
        <translation>Das Lesegerät ist nicht bereit</translation>
    </message>
    <message>
        <source>The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.</source>
        <translation>Das Lesegerät unter dem Bildschirm funktioniert gerade nicht. Bitte tippen Sie Ihre Angaben stattdessen ein oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>The chip of your document could not be read</source>
        <translation>Der Chip Ihres Dokuments konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.</source>
        <translation>Nehmen Sie das Dokument vom Lesegerät, warten Sie kurz und legen Sie es wieder auf. Klappt es wieder nicht, tippen Sie Ihre Angaben bitte stattdessen ein.</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>Formular prüfen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Enter the six-digit access number</source>
        <translation>Geben Sie die sechsstellige Zugangsnummer ein</translation>
    </message>
    <message>
        <source>Fill in from your ID document?</source>
        <translation>Aus Ihrem Ausweis ausfüllen?</translation>
    </message>
    <message>
        <source>German ID card</source>
        <translation>Deutscher Personalausweis</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader below the screen.</source>
        <translation>Legen Sie das Dokument flach auf das Lesegerät unter dem Bildschirm.</translation>
    </message>
    <message>
        <source>No, I will type my details</source>
        <translation>Nein, ich tippe meine Angaben selbst</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>Legen Sie Ihr Dokument auf das Lesegerät</translation>
    </message>
    <message>
        <source>Please check the number and try again.</source>
        <translation>Bitte prüfen Sie die Zugangsnummer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Please put the document back on the reader and keep it there.</source>
        <translation>Bitte legen Sie das Dokument wieder auf das Lesegerät und lassen Sie es dort liegen.</translation>
    </message>
    <message>
        <source>Please type your details instead.</source>
        <translation>Bitte tippen Sie Ihre Angaben stattdessen ein.</translation>
    </message>
    <message>
        <source>Reading … please keep the document on the reader</source>
        <translation>Wird gelesen … bitte lassen Sie das Dokument auf dem Lesegerät</translation>
    </message>
    <message>
        <source>The access number is printed at the bottom right of the front side.</source>
        <translation>Die Zugangsnummer steht vorne rechts unten.</translation>
    </message>
    <message>
        <source>The document was removed too early</source>
        <translation>Das Dokument wurde zu früh entfernt</translation>
    </message>
    <message>
        <source>The number does not match this document</source>
        <translation>Die Nummer passt nicht zu diesem Dokument</translation>
    </message>
    <message>
        <source>These details do not fit together. Please enter them again.</source>
        <translation>Diese Angaben passen nicht zusammen. Bitte geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>This document cannot be read here</source>
        <translation>Dieses Dokument kann hier nicht gelesen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.</source>
        <translation>Wir lesen Ihren Namen, Ihr Geburtsdatum, Ihre Staatsangehörigkeit sowie Dokumentnummer und Gültigkeit aus dem Chip, dazu die Anschrift, wenn Ihr Pass eine enthält. Sie werden nur zum Ausfüllen dieses Formulars verwendet. Ihr Foto wird nicht gespeichert. Alles wird gelöscht, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Which document do you have?</source>
        <translation>Welches Dokument haben Sie?</translation>
    </message>
    <message>
        <source>Yes, read my document</source>
        <translation>Ja, Dokument lesen</translation>
    </message>
    <message>
        <source>You find the access number on the front of your ID card, at the bottom right.</source>
        <translation>Die Zugangsnummer finden Sie vorne auf Ihrem Ausweis, rechts unten.</translation>
    </message>
    <message>
        <source>Your details have been filled in</source>
        <translation>Ihre Angaben wurden eingetragen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader to the right of the screen.</source>
        <translation>Legen Sie das Dokument flach auf das Lesegerät rechts neben dem Bildschirm.</translation>
    </message>
    <message>
        <source>The card reader is below the screen. Lay the document flat on it.</source>
        <translation>Das Lesegerät ist unter dem Bildschirm. Legen Sie das Dokument flach darauf.</translation>
    </message>
    <message>
        <source>The card reader is to the right of the screen. Lay the document flat on it.</source>
        <translation>Das Lesegerät ist rechts neben dem Bildschirm. Legen Sie das Dokument flach darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>%n Feld wurde ausgefüllt. Bitte prüfen Sie die Angaben.</numerusform>
            <numerusform>%n Felder wurden ausgefüllt. Bitte prüfen Sie die Angaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>%n Feld wurde ausgefüllt. Die maschinenlesbare Zone Ihres Dokuments enthält einen Fehler. Bitte prüfen Sie die Angaben deshalb besonders genau.</numerusform>
            <numerusform>%n Felder wurden ausgefüllt. Die maschinenlesbare Zone Ihres Dokuments enthält einen Fehler. Bitte prüfen Sie die Angaben deshalb besonders genau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>Bitte prüfen Sie die Zugangsnummer und versuchen Sie es erneut. Noch %n Versuch.</numerusform>
            <numerusform>Bitte prüfen Sie die Zugangsnummer und versuchen Sie es erneut. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Copy it from the photo page of your passport: up to 9 letters and digits, top right.</source>
        <translation>Übertragen Sie sie von der Seite mit Ihrem Foto im Pass: bis zu 9 Buchstaben und Ziffern, oben rechts.</translation>
    </message>
    <message>
        <source>Day, month and year, as on the photo page of your passport. Example: 27 03 1985</source>
        <translation>Tag, Monat und Jahr, wie auf der Seite mit Ihrem Foto im Pass. Beispiel: 27 03 1985</translation>
    </message>
    <message>
        <source>This date is not possible. Please check day, month and year.</source>
        <translation>Dieses Datum ist nicht möglich. Bitte prüfen Sie Tag, Monat und Jahr.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ja, weiter</translation>
    </message>
    <message>
        <source>No, end now</source>
        <translation>Nein, jetzt beenden</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Daten wird alles, was Sie eingegeben haben, in %n Sekunde gelöscht.</numerusform>
            <numerusform>Zum Schutz Ihrer Daten wird alles, was Sie eingegeben haben, in %n Sekunden gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>All buttons are now within reach in the lower part of the screen.</source>
        <translation>Alle Tasten sind jetzt unten in Reichweite.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>The office's note, in German: %1</source>
        <translation>Hinweis des Bürgerbüros: %1</translation>
    </message>
    <message>
        <source>We are closed right now</source>
        <translation>Wir haben gerade geschlossen</translation>
    </message>
    <message>
        <source>All waiting numbers for today have been given out</source>
        <translation>Alle Wartenummern für heute sind vergeben</translation>
    </message>
    <message>
        <source>Waiting numbers cannot be issued at the moment</source>
        <translation>Wartenummern können gerade nicht ausgegeben werden</translation>
    </message>
    <message>
        <source>We open again: %1</source>
        <translation>Wir öffnen wieder: %1</translation>
    </message>
    <message>
        <source>Please see the opening hours at the entrance.</source>
        <translation>Die Öffnungszeiten finden Sie am Eingang.</translation>
    </message>
    <message>
        <source>Please come back on another working day, or book an appointment online.</source>
        <translation>Bitte kommen Sie an einem anderen Werktag wieder oder buchen Sie online einen Termin.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Please ask at the information desk.</source>
        <translation>Der Drucker für Wartenummern ist nicht bereit. Bitte wenden Sie sich an die Information.</translation>
    </message>
    <message>
        <source>Please ask at the information desk. We are sorry for the inconvenience.</source>
        <translation>Bitte wenden Sie sich an die Information. Wir bitten um Entschuldigung.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Start</translation>
    </message>
    <message>
        <source>The terminal is being serviced. Please ask at the information desk.</source>
        <translation>Das Terminal wird gerade gewartet. Bitte wenden Sie sich an die Information.</translation>
    </message>
    <message>
        <source>The terminal has a technical fault. Please ask at the information desk.</source>
        <translation>Das Terminal hat eine technische Störung. Bitte wenden Sie sich an die Information.</translation>
    </message>
    <message>
        <source>The terminal is closed today. Please ask at the information desk.</source>
        <translation>Das Terminal ist heute geschlossen. Bitte wenden Sie sich an die Information.</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment. Please ask at the information desk.</source>
        <translation>Hier werden gerade keine Nummern ausgegeben. Bitte fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>QR code for booking an appointment online</source>
        <translation>QR-Code für die Online-Terminbuchung</translation>
    </message>
    <message>
        <source>Scan the code with your phone to book an appointment: %1</source>
        <translation>Scannen Sie den Code mit Ihrem Handy, um einen Termin zu buchen: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Other keyboard</source>
        <translation>Andere Tastatur</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).</source>
        <translation>Schreiben Sie wie in Ihrem Pass oder Ausweis, in lateinischen Buchstaben (A–Z, auch Ä, Ö, Ü, ß).</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>Display and sound</source>
        <translation>Anzeige und Ton</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normale Schrift</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Sehr große Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Everything within reach (wheelchair)</source>
        <translation>Alles in Reichweite (Rollstuhl)</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Bildschirm vorlesen</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Lautstärke: %1 %</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Sounds when tapping</source>
        <translation>Töne beim Tippen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Waiting number</source>
        <translation>Wartenummer</translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Voraussichtliche Wartezeit: derzeit unbekannt</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ausgegeben am %1 Uhr</translation>
    </message>
    <message>
        <source>Please watch the display. Your number will be called.</source>
        <translation>Bitte achten Sie auf die Anzeige. Ihre Nummer wird aufgerufen.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ihre Vorgangsnummer für den Schalter:</translation>
    </message>
    <message>
        <source>Form already sent, reference: %1</source>
        <translation>Formular bereits gesendet, Vorgangsnummer: %1</translation>
    </message>
    <message>
        <source>Responsible for your data: %1.</source>
        <translation>Verantwortlich für Ihre Daten: %1.</translation>
    </message>
    <message>
        <source>Your entries are used only to process this request.</source>
        <translation>Ihre Angaben werden nur zur Bearbeitung dieses Antrags verwendet.</translation>
    </message>
    <message>
        <source>On this terminal they are stored encrypted for the office; the terminal itself cannot read them.</source>
        <translation>Auf diesem Terminal werden sie nur verschlüsselt für das Amt gespeichert; das Terminal selbst kann sie nicht lesen.</translation>
    </message>
    <message>
        <source>On this terminal they are stored unencrypted.</source>
        <translation>Auf diesem Terminal werden sie unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>They are deleted here as soon as the office's system has received them.</source>
        <translation>Sie werden hier gelöscht, sobald das System des Amtes sie erhalten hat.</translation>
    </message>
    <message>
        <source>They are kept in the office's database for processing.</source>
        <translation>Sie werden zur Bearbeitung in der Datenbank des Amtes aufbewahrt.</translation>
    </message>
    <message>
        <source>Copies of the printouts are stored on the terminal and deleted within an hour.</source>
        <translation>Kopien der Ausdrucke werden auf dem Terminal gespeichert und innerhalb einer Stunde gelöscht.</translation>
    </message>
    <message>
        <source>You have the right to access, correct and delete your data, to restrict its processing, and to complain to a data protection authority.</source>
        <translation>Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten, auf Einschränkung der Verarbeitung und auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde.</translation>
    </message>
    <message>
        <source>Full privacy notice:</source>
        <translation>Vollständige Datenschutzhinweise:</translation>
    </message>
    <message>
        <source>Filled form – NOT sent</source>
        <translation>Ausgefülltes Formular – NICHT gesendet</translation>
    </message>
    <message>
        <source>The terminal could not save this form. Please hand in this paper at the counter.</source>
        <translation>Das Terminal konnte dieses Formular nicht speichern. Bitte geben Sie dieses Papier am Schalter ab.</translation>
    </message>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Voraussichtliche Wartezeit: höchstens eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Voraussichtliche Wartezeit: etwa %n Minute</numerusform>
            <numerusform>Voraussichtliche Wartezeit: etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Voraussichtliche Wartezeit: bis zu %n Minute</numerusform>
            <numerusform>Voraussichtliche Wartezeit: bis zu %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Voraussichtliche Wartezeit: %1–%n Minute</numerusform>
            <numerusform>Voraussichtliche Wartezeit: %1–%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Vor Ihnen wartet %n Person.</numerusform>
            <numerusform>Vor Ihnen warten %n Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>Lehnt dieses System sie ab, bleiben sie hier für das Personal und werden nach %n Tag gelöscht.</numerusform>
            <numerusform>Lehnt dieses System sie ab, bleiben sie hier für das Personal und werden nach %n Tagen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>Sie werden auf diesem Terminal für das Amt aufbewahrt und nach %n Tag gelöscht.</numerusform>
            <numerusform>Sie werden auf diesem Terminal für das Amt aufbewahrt und nach %n Tagen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>Kopien der Ausdrucke werden auf dem Terminal gespeichert und nach %n Tag gelöscht.</numerusform>
            <numerusform>Kopien der Ausdrucke werden auf dem Terminal gespeichert und nach %n Tagen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Your waiting number is being prepared …</source>
        <translation>Ihre Wartenummer wird erstellt …</translation>
    </message>
    <message>
        <source>Your waiting number</source>
        <translation>Ihre Wartenummer</translation>
    </message>
    <message>
        <source>People ahead of you: unknown</source>
        <translation>Personen vor Ihnen: unbekannt</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Sie sind als Nächstes dran.</translation>
    </message>
    <message>
        <source>Your ticket is being printed …</source>
        <translation>Ihre Wartenummer wird gedruckt …</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>Bitte nehmen Sie Ihre Wartenummer unten aus dem Drucker.</translation>
    </message>
    <message>
        <source>Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.</source>
        <translation>Die Wartenummer konnte leider nicht gedruckt werden. Ihre Nummer ist gültig: Bitte notieren Sie sie oder fotografieren Sie den Code.</translation>
    </message>
    <message>
        <source>Please watch the display in the waiting area. Your number will be called.</source>
        <translation>Bitte achten Sie auf die Anzeige im Wartebereich. Ihre Nummer wird aufgerufen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your appointment: today at %1</source>
        <translation>Ihr Termin: heute um %1 Uhr</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer to the right of the screen.</source>
        <translation>Bitte nehmen Sie Ihre Wartenummer aus dem Drucker rechts neben dem Bildschirm.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot below the screen.</source>
        <translation>Die Wartenummer kommt unter dem Bildschirm aus dem Schlitz des Druckers.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot to the right of the screen.</source>
        <translation>Die Wartenummer kommt rechts neben dem Bildschirm aus dem Schlitz des Druckers.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Vor Ihnen wartet %n Person.</numerusform>
            <numerusform>Vor Ihnen warten %n Personen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Display and sound</source>
        <translation>Anzeige und Ton</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to the Bürgerbüro</source>
        <translation>Willkommen im Bürgerbüro</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>Bitte wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>Some services are limited at the moment. Staff at the information desk will help you.</source>
        <translation>Einige Dienste sind gerade eingeschränkt. Das Personal an der Information hilft Ihnen gern.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>Sie können den Bildschirm nicht sehen? Drücken Sie die Hilfetaste am Tastenfeld oder halten Sie einen Finger %n Sekunde lang auf eine freie Stelle des Bildschirms: Dann spricht das Terminal mit Ihnen. Kopfhörer: Buchse am Tastenfeld.</numerusform>
            <numerusform>Sie können den Bildschirm nicht sehen? Drücken Sie die Hilfetaste am Tastenfeld oder halten Sie einen Finger %n Sekunden lang auf eine freie Stelle des Bildschirms: Dann spricht das Terminal mit Ihnen. Kopfhörer: Buchse am Tastenfeld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioGuide</name>
    <message>
        <source>Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.</source>
        <translation>Der Audiomodus ist an. Mit den Pfeiltasten gehen Sie von Bedienelement zu Bedienelement; jedes wird Ihnen vorgelesen. Mit der Auswahltaste in der Mitte lösen Sie es aus. Die Zurück-Taste geht einen Schritt zurück oder schließt ein Fenster. Die Hilfetaste wiederholt diese Erklärung. Die Hinweistaste sagt Ihnen mehr, auch was Sie eingegeben haben. Mit weiteren Tasten ändern Sie Lautstärke und Sprechtempo.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>Eingabefeld</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>ausgefüllt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Keyboard. Move over the letters with the arrow keys, the select key types a letter. Done closes the keyboard.</source>
        <translation>Tastatur. Mit den Pfeiltasten gehen Sie über die Buchstaben, die Auswahltaste schreibt einen Buchstaben. „Fertig“ schließt die Tastatur.</translation>
    </message>
    <message>
        <source>There is no step back here. To end, choose Start over.</source>
        <translation>Hier gibt es keinen Schritt zurück. Zum Beenden wählen Sie „Neu beginnen“.</translation>
    </message>
    <message>
        <source>Audio mode is off.</source>
        <translation>Der Audiomodus ist aus.</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Press an arrow key to go to the first control.</source>
        <translation>Noch ist nichts ausgewählt. Drücken Sie eine Pfeiltaste, um zum ersten Bedienelement zu gehen.</translation>
    </message>
    <message>
        <source>What you entered is read aloud only in audio mode, with headphones.</source>
        <translation>Ihre Eingaben werden nur im Audiomodus über Kopfhörer vorgelesen.</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <translation>Sie haben eingegeben: %1</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press the select key to type.</source>
        <translation>Noch nichts eingegeben. Drücken Sie die Auswahltaste, um zu schreiben.</translation>
    </message>
    <message>
        <source>Press the select key to use this button.</source>
        <translation>Drücken Sie die Auswahltaste, um diese Schaltfläche zu benutzen.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>There is nothing to choose here.</source>
        <translation>Hier gibt es nichts auszuwählen.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
</context>
<context>
    <name>ScanLeaveDialog</name>
    <message>
        <source>You scanned an appointment code. Leave the form?</source>
        <translation>Sie haben einen Buchungscode gescannt. Formular verlassen?</translation>
    </message>
    <message>
        <source>If you leave, what you entered in the form is deleted.</source>
        <translation>Wenn Sie das Formular verlassen, werden Ihre Eingaben gelöscht.</translation>
    </message>
    <message>
        <source>Stay in the form</source>
        <translation>Im Formular bleiben</translation>
    </message>
    <message>
        <source>Leave the form and check in</source>
        <translation>Formular verlassen und Ankunft melden</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Clear entry</source>
        <translation>Eingabe löschen</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>In der Liste suchen</translation>
    </message>
    <message>
        <source>Search: type the first letters</source>
        <translation>Suchen: die ersten Buchstaben tippen</translation>
    </message>
    <message>
        <source>Nothing found. Please check the spelling.</source>
        <translation>Nichts gefunden. Bitte prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Found: %1. The first %2 are shown; type more letters.</source>
        <translation>Gefunden: %1. Die ersten %2 werden gezeigt; tippen Sie weitere Buchstaben.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Frequent answers:</source>
        <translation>Häufige Antworten:</translation>
    </message>
    <message>
        <source>Show only the frequent answers</source>
        <translation>Nur die häufigen Antworten zeigen</translation>
    </message>
    <message>
        <source>Show the whole list (%1)</source>
        <translation>Die ganze Liste zeigen (%1)</translation>
    </message>
</context>
<context>
    <name>AttractPanel</name>
    <message>
        <source>Touch to start</source>
        <translation>Bitte berühren</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Warte­nummer ziehen</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Ankunft zum Termin melden</translation>
    </message>
    <message>
        <source>Fill in a form</source>
        <translation>Formular ausfüllen</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe bekommen</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Voraussichtliche Wartezeit: höchstens eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Voraussichtliche Wartezeit: etwa %n Minute</numerusform>
            <numerusform>Voraussichtliche Wartezeit: etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Voraussichtliche Wartezeit: bis zu %n Minute</numerusform>
            <numerusform>Voraussichtliche Wartezeit: bis zu %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Voraussichtliche Wartezeit: %1–%n Minute</numerusform>
            <numerusform>Voraussichtliche Wartezeit: %1–%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Voraussichtliche Wartezeit: derzeit unbekannt</translation>
    </message>
</context>
</TS>
