<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ls" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>Your appointment</source>
        <translation>Ihr Termin</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Sie sind zu früh.</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Ihr Termin ist schon vorbei.</translation>
    </message>
    <message>
        <source>Appointments cannot be checked right now</source>
        <translation>Wir können Termine gerade nicht prüfen.</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Ich bin da: Ich habe einen Termin.</translation>
    </message>
    <message>
        <source>Hold the QR code of your confirmation under the scanner, or type your booking code.</source>
        <translation>Auf Ihrer Termin-Bestätigung ist ein QR-Code. Halten Sie den QR-Code unter den Scanner. Oder tippen Sie Ihren Buchungs-Code ein. Der Buchungs-Code steht auch auf der Termin-Bestätigung.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Buchungs-Code</translation>
    </message>
    <message>
        <source>This is not a valid booking code. Please check it.</source>
        <translation>Dieser Buchungs-Code ist falsch. Bitte prüfen Sie den Code.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this code.</source>
        <translation>Wir haben zu diesem Code keinen Termin gefunden.</translation>
    </message>
    <message>
        <source>Looking up your appointment …</source>
        <translation>Wir suchen Ihren Termin …</translation>
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
        <translation>Bitte kommen Sie um %1 Uhr wieder. Dann können Sie hier sagen: Ich bin da.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead. We will serve you as soon as possible.</source>
        <translation>Sie können auch eine Warte-Nummer nehmen. Dann sind Sie so schnell wie möglich dran.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Ich bin da</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Warte-Nummer nehmen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Your appointment is on another day</source>
        <translation>Ihr Termin ist nicht heute.</translation>
    </message>
    <message>
        <source>You have already been called</source>
        <translation>Wir haben Ihre Nummer schon aufgerufen.</translation>
    </message>
    <message>
        <source>This appointment is already finished</source>
        <translation>Dieser Termin ist schon vorbei.</translation>
    </message>
    <message>
        <source>Your number was called while you were away</source>
        <translation>Wir haben Ihre Nummer aufgerufen. Aber Sie waren nicht da.</translation>
    </message>
    <message>
        <source>This is a waiting number, not an appointment</source>
        <translation>Das ist eine Warte-Nummer. Das ist kein Termin.</translation>
    </message>
    <message>
        <source>This appointment was cancelled</source>
        <translation>Dieser Termin ist abgesagt.</translation>
    </message>
    <message>
        <source>This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.</source>
        <translation>Dieser Code ist zu lang zum Tippen. Halten Sie den QR-Code unter den Scanner. Oder fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>On %1 at %2</source>
        <translation>Am %1 um %2 Uhr</translation>
    </message>
    <message>
        <source>Please come back on the day of your appointment.</source>
        <translation>Bitte kommen Sie an dem Tag von Ihrem Termin wieder.</translation>
    </message>
    <message>
        <source>Please watch the display and go to the counter shown there.</source>
        <translation>Bitte schauen Sie auf den Bildschirm im Warte-Bereich. Dort sehen Sie Ihre Nummer und einen Schalter. Gehen Sie zu diesem Schalter.</translation>
    </message>
    <message>
        <source>If you need anything else, please take a waiting number or ask at the information desk.</source>
        <translation>Brauchen Sie noch etwas? Dann nehmen Sie eine Warte-Nummer. Oder fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>Bitte fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>Your number is %1. Please watch the display.</source>
        <translation>Ihre Nummer ist %1. Bitte schauen Sie auf den Bildschirm.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead, or ask at the information desk.</source>
        <translation>Sie können eine Warte-Nummer nehmen. Oder Sie gehen zur Information.</translation>
    </message>
    <message>
        <source>The scanner is below the screen. Hold the code under its window.</source>
        <translation>Der Scanner ist unter dem Bildschirm. Halten Sie den Code unter das Fenster vom Scanner.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen. Hold the code under its window.</source>
        <translation>Der Scanner ist rechts neben dem Bildschirm. Halten Sie den Code unter das Fenster vom Scanner.</translation>
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
        <translation>Das dauert ungefähr 5 Minuten. Das Gerät kann Ihren Namen aus dem Ausweis lesen.</translation>
    </message>
    <message>
        <source>Fill in the form now</source>
        <translation>Jetzt das Formular ausfüllen</translation>
    </message>
    <message>
        <source>Only take a waiting number</source>
        <translation>Ohne Formular: Warte-Nummer nehmen</translation>
    </message>
    <message>
        <source>You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.</source>
        <translation>Sie können das Formular jetzt hier ausfüllen. Dann haben die Mitarbeiter am Schalter Ihre Angaben schon. Dann geht es am Schalter schneller.</translation>
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
        <translation>Wofür sind Sie heute hier?</translation>
    </message>
    <message>
        <source>No more numbers today</source>
        <translation>Heute gibt es keine Warte-Nummern mehr.</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Ich habe einen Termin.</translation>
    </message>
    <message>
        <source>Scan or type the code of your confirmation</source>
        <translation>Halten Sie den Code unter den Scanner. Oder tippen Sie den Code ein.</translation>
    </message>
    <message>
        <source>Closed right now</source>
        <translation>Jetzt geschlossen</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment</source>
        <translation>Hier gibt es gerade keine Warte-Nummern.</translation>
    </message>
    <message>
        <source>Not available at this terminal</source>
        <translation>Das geht nicht an diesem Gerät.</translation>
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
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Add another person</source>
        <translation>Noch eine Person eintragen</translation>
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
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Unterschreiben Sie hier mit dem Finger.</translation>
    </message>
    <message>
        <source>Taken from your ID document. Please check it.</source>
        <translation>Das steht in Ihrem Ausweis. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(kann leer bleiben)</translation>
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
        <translation>Bitte prüfen Sie Ihre Angaben.</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer below.</source>
        <translation>Bitte nehmen Sie die Bestätigung für Ihr Formular. Sie kommt unten aus dem Drucker.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Abschicken</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Take a waiting number for this concern</source>
        <translation>Eine Warte-Nummer für Ihr Anliegen nehmen</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference.</source>
        <translation>Der Drucker konnte die Bestätigung nicht drucken. Bitte schreiben Sie sich Ihre Formular-Nummer auf.</translation>
    </message>
    <message>
        <source>Your form could not be saved</source>
        <translation>Wir konnten Ihr Formular nicht speichern.</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Ihr Formular ist abgeschickt.</translation>
    </message>
    <message>
        <source>Your receipt is being printed …</source>
        <translation>Der Drucker druckt die Bestätigung für Ihr Formular …</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ihre Formular-Nummer für den Schalter:</translation>
    </message>
    <message>
        <source>Fill in from my ID card or passport</source>
        <translation>Mit dem Ausweis oder Pass ausfüllen</translation>
    </message>
    <message>
        <source>Faster and without typing errors</source>
        <translation>Das geht schneller. Und ohne Fehler beim Tippen.</translation>
    </message>
    <message>
        <source>The terminal's storage is full, so your form has not been sent.</source>
        <translation>Der Speicher vom Gerät ist voll. Darum ist Ihr Formular nicht abgeschickt.</translation>
    </message>
    <message>
        <source>The terminal could not store your form, so it has not been sent.</source>
        <translation>Das Gerät konnte Ihr Formular nicht speichern. Darum ist es nicht abgeschickt.</translation>
    </message>
    <message>
        <source>The filled form is being printed …</source>
        <translation>Wir drucken jetzt Ihr Formular …</translation>
    </message>
    <message>
        <source>Please take the filled form from the printer to the counter.</source>
        <translation>Nehmen Sie das Formular aus dem Drucker. Bringen Sie es zum Schalter.</translation>
    </message>
    <message>
        <source>The filled form could not be printed either. Please ask at the counter.</source>
        <translation>Wir konnten das Formular auch nicht drucken. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Your entries are still here. The terminal keeps trying to save them.</source>
        <translation>Ihre Angaben sind noch da. Das Gerät versucht es weiter.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Print the filled form for the counter</source>
        <translation>Formular für den Schalter drucken</translation>
    </message>
    <message>
        <source>Take a waiting number anyway</source>
        <translation>Trotzdem eine Warte-Nummer nehmen</translation>
    </message>
    <message>
        <source>Finish without a waiting number</source>
        <translation>Ohne Warte-Nummer aufhören</translation>
    </message>
    <message>
        <source>Next step: take a waiting number. At the counter, your form is ready for the clerk.</source>
        <translation>Nehmen Sie jetzt eine Warte-Nummer. Am Schalter haben die Mitarbeiter dann schon Ihr Formular.</translation>
    </message>
    <message>
        <source>Questions marked “(optional)” can be left empty. All other questions need an answer.</source>
        <translation>Manche Fragen haben den Zusatz: (kann leer bleiben). Diese Fragen müssen Sie nicht beantworten. Alle anderen Fragen müssen Sie beantworten.</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Auf dieser Seite gibt es Probleme: %1</translation>
    </message>
    <message>
        <source>Tap an entry to go to the question.</source>
        <translation>Tippen Sie auf eine Zeile. Dann kommen Sie zu der Frage.</translation>
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
        <translation>Hilfe kommt.</translation>
    </message>
    <message>
        <source>Help has been requested</source>
        <translation>Wir haben Hilfe gerufen.</translation>
    </message>
    <message>
        <source>Help with a form</source>
        <translation>Hilfe beim Formular</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Problem mit dem Gerät</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Demo mode: this answer is simulated. No member of staff was notified.</source>
        <translation>Das ist nur ein Test. Diese Antwort ist nicht echt. Wir haben niemanden gerufen.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Hilfe absagen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>More staff have been informed.</source>
        <translation>Wir haben noch mehr Mitarbeitern Bescheid gesagt.</translation>
    </message>
    <message>
        <source>Staff have been informed. Please stay at the terminal.</source>
        <translation>Wir haben den Mitarbeitern Bescheid gesagt. Bitte bleiben Sie hier am Gerät.</translation>
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
        <translation>Jemand vom Bürger-Büro kommt zu Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>Sie warten schon %n Sekunde.</numerusform>
            <numerusform>Sie warten schon %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>Sie warten schon %n Minute.</numerusform>
            <numerusform>Sie warten schon %n Minuten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCardView</name>
    <message>
        <source>The card reader is not available</source>
        <translation>Das Lese-Gerät geht gerade nicht.</translation>
    </message>
    <message>
        <source>The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.</source>
        <translation>Das Lese-Gerät unter dem Bildschirm geht gerade nicht. Bitte tippen Sie Ihre Angaben selbst ein. Oder fragen Sie die Mitarbeiter.</translation>
    </message>
    <message>
        <source>The chip of your document could not be read</source>
        <translation>Wir konnten den Chip nicht lesen.</translation>
    </message>
    <message>
        <source>Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.</source>
        <translation>Nehmen Sie das Dokument vom Lese-Gerät. Warten Sie kurz. Legen Sie das Dokument wieder auf. Geht es wieder nicht? Dann tippen Sie Ihre Angaben selbst ein.</translation>
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
        <translation>Tippen Sie die Zugangs-Nummer ein. Die Nummer hat 6 Zahlen.</translation>
    </message>
    <message>
        <source>Fill in from your ID document?</source>
        <translation>Soll das Gerät Ihren Ausweis lesen?</translation>
    </message>
    <message>
        <source>German ID card</source>
        <translation>Deutscher Personal-Ausweis</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader below the screen.</source>
        <translation>Legen Sie den Ausweis flach auf das Lese-Gerät. Das Lese-Gerät ist unter dem Bildschirm.</translation>
    </message>
    <message>
        <source>No, I will type my details</source>
        <translation>Nein, ich tippe selbst</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reise-Pass</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Pass-Nummer</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>Legen Sie Ihren Ausweis auf das Lese-Gerät.</translation>
    </message>
    <message>
        <source>Please check the number and try again.</source>
        <translation>Bitte prüfen Sie die Zugangs-Nummer. Dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Please put the document back on the reader and keep it there.</source>
        <translation>Bitte legen Sie den Ausweis wieder auf das Lese-Gerät. Lassen Sie den Ausweis dort liegen.</translation>
    </message>
    <message>
        <source>Please type your details instead.</source>
        <translation>Bitte tippen Sie Ihre Angaben selbst ein.</translation>
    </message>
    <message>
        <source>Reading … please keep the document on the reader</source>
        <translation>Wir lesen den Ausweis … Bitte lassen Sie den Ausweis liegen.</translation>
    </message>
    <message>
        <source>The access number is printed at the bottom right of the front side.</source>
        <translation>Die Zugangs-Nummer steht vorne auf dem Ausweis. Sie steht rechts unten.</translation>
    </message>
    <message>
        <source>The document was removed too early</source>
        <translation>Sie haben den Ausweis zu früh vom Lese-Gerät genommen.</translation>
    </message>
    <message>
        <source>The number does not match this document</source>
        <translation>Die Nummer passt nicht zu diesem Ausweis.</translation>
    </message>
    <message>
        <source>These details do not fit together. Please enter them again.</source>
        <translation>Diese Angaben passen nicht zusammen. Bitte tippen Sie die Angaben noch einmal ein.</translation>
    </message>
    <message>
        <source>This document cannot be read here</source>
        <translation>Das Gerät kann diesen Ausweis nicht lesen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.</source>
        <translation>Im Ausweis ist ein Chip. Wir lesen aus dem Chip: Ihren Namen. Ihr Geburts-Datum. Ihre Staats-Angehörigkeit. Die Nummer vom Ausweis. Und wie lange der Ausweis gültig ist. Manche Pässe haben auch Ihre Adresse im Chip. Dann lesen wir die Adresse auch. Wir brauchen das nur für dieses Formular. Wir speichern Ihr Foto nicht. Am Ende löschen wir alles.</translation>
    </message>
    <message>
        <source>Which document do you have?</source>
        <translation>Welchen Ausweis haben Sie?</translation>
    </message>
    <message>
        <source>Yes, read my document</source>
        <translation>Ja, Ausweis lesen</translation>
    </message>
    <message>
        <source>You find the access number on the front of your ID card, at the bottom right.</source>
        <translation>Die Zugangs-Nummer steht vorne auf Ihrem Ausweis. Sie steht rechts unten.</translation>
    </message>
    <message>
        <source>Your details have been filled in</source>
        <translation>Wir haben Ihre Angaben eingetragen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader to the right of the screen.</source>
        <translation>Legen Sie den Ausweis flach auf das Lese-Gerät. Das Lese-Gerät ist rechts neben dem Bildschirm.</translation>
    </message>
    <message>
        <source>The card reader is below the screen. Lay the document flat on it.</source>
        <translation>Das Lese-Gerät ist unter dem Bildschirm. Legen Sie den Ausweis flach auf das Lese-Gerät.</translation>
    </message>
    <message>
        <source>The card reader is to the right of the screen. Lay the document flat on it.</source>
        <translation>Das Lese-Gerät ist rechts neben dem Bildschirm. Legen Sie den Ausweis flach auf das Lese-Gerät.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>Wir haben %n Feld ausgefüllt. Bitte prüfen Sie alles.</numerusform>
            <numerusform>Wir haben %n Felder ausgefüllt. Bitte prüfen Sie alles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>Wir haben %n Feld ausgefüllt. Auf Ihrem Dokument ist ein kleiner Fehler. Bitte prüfen Sie alles genau.</numerusform>
            <numerusform>Wir haben %n Felder ausgefüllt. Auf Ihrem Dokument ist ein kleiner Fehler. Bitte prüfen Sie alles genau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>Bitte prüfen Sie die Zugangs-Nummer. Dann versuchen Sie es noch einmal. Sie haben noch %n Versuch.</numerusform>
            <numerusform>Bitte prüfen Sie die Zugangs-Nummer. Dann versuchen Sie es noch einmal. Sie haben noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburts-Tag</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Copy it from the photo page of your passport: up to 9 letters and digits, top right.</source>
        <translation>Die Nummer steht im Pass. Auf der Seite mit Ihrem Foto. Oben rechts. Sie hat bis zu 9 Buchstaben und Zahlen.</translation>
    </message>
    <message>
        <source>Day, month and year, as on the photo page of your passport. Example: 27 03 1985</source>
        <translation>Tag, Monat und Jahr. So wie es im Pass steht. Auf der Seite mit Ihrem Foto. Zum Beispiel: 27 03 1985</translation>
    </message>
    <message>
        <source>This date is not possible. Please check day, month and year.</source>
        <translation>Dieses Datum gibt es nicht. Bitte prüfen Sie: Tag, Monat und Jahr.</translation>
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
        <translation>Nein, aufhören</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>Wir löschen gleich alles, was Sie eingegeben haben. Das schützt Ihre Daten. Das passiert in %n Sekunde.</numerusform>
            <numerusform>Wir löschen gleich alles, was Sie eingegeben haben. Das schützt Ihre Daten. Das passiert in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>All buttons are now within reach in the lower part of the screen.</source>
        <translation>Alle Tasten sind jetzt unten. So erreichen Sie alle Tasten gut.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>The office's note, in German: %1</source>
        <translation>Das sagt das Bürger-Büro: %1</translation>
    </message>
    <message>
        <source>We are closed right now</source>
        <translation>Wir haben gerade zu.</translation>
    </message>
    <message>
        <source>All waiting numbers for today have been given out</source>
        <translation>Heute gibt es keine Warte-Nummern mehr.</translation>
    </message>
    <message>
        <source>Waiting numbers cannot be issued at the moment</source>
        <translation>Das Gerät kann gerade keine Warte-Nummern geben.</translation>
    </message>
    <message>
        <source>We open again: %1</source>
        <translation>Wir machen wieder auf: %1</translation>
    </message>
    <message>
        <source>Please see the opening hours at the entrance.</source>
        <translation>Die Öffnungs-Zeiten stehen am Eingang.</translation>
    </message>
    <message>
        <source>Please come back on another working day, or book an appointment online.</source>
        <translation>Bitte kommen Sie an einem anderen Arbeits-Tag wieder. Oder machen Sie im Internet einen Termin aus.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Please ask at the information desk.</source>
        <translation>Der Drucker für die Warte-Nummern geht gerade nicht. Bitte gehen Sie zur Information.</translation>
    </message>
    <message>
        <source>Please ask at the information desk. We are sorry for the inconvenience.</source>
        <translation>Das tut uns leid. Bitte gehen Sie zur Information. Dort hilft Ihnen jemand.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>The terminal is being serviced. Please ask at the information desk.</source>
        <translation>Jemand arbeitet gerade an dem Gerät. Bitte gehen Sie zur Information.</translation>
    </message>
    <message>
        <source>The terminal has a technical fault. Please ask at the information desk.</source>
        <translation>Das Gerät hat einen Fehler. Bitte gehen Sie zur Information.</translation>
    </message>
    <message>
        <source>The terminal is closed today. Please ask at the information desk.</source>
        <translation>Das Gerät ist heute aus. Bitte gehen Sie zur Information.</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment. Please ask at the information desk.</source>
        <translation>Hier gibt es gerade keine Warte-Nummern. Bitte fragen Sie an der Information.</translation>
    </message>
    <message>
        <source>QR code for booking an appointment online</source>
        <translation>QR-Code für einen Termin im Internet</translation>
    </message>
    <message>
        <source>Scan the code with your phone to book an appointment: %1</source>
        <translation>Sie können einen Termin im Internet machen. Scannen Sie den Code mit Ihrem Handy: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Groß-Buchstabe</translation>
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
        <translation>Leer-Zeichen</translation>
    </message>
    <message>
        <source>Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).</source>
        <translation>Schreiben Sie wie in Ihrem Pass. Mit den Buchstaben A bis Z. Auch Ä, Ö, Ü und ß.</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>Display and sound</source>
        <translation>Bildschirm und Ton</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schrift-Größe</translation>
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
        <translation>Deutlichere Farben</translation>
    </message>
    <message>
        <source>Everything within reach (wheelchair)</source>
        <translation>Alle Tasten unten (für den Rollstuhl)</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Text vorlesen</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Lautstärke: %1 Prozent</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Sounds when tapping</source>
        <translation>Ton beim Tippen</translation>
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
        <translation>Warte-Nummer</translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Wir wissen nicht, wie lange Sie warten.</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Gedruckt am %1 Uhr</translation>
    </message>
    <message>
        <source>Please watch the display. Your number will be called.</source>
        <translation>Bitte schauen Sie auf den Bildschirm. Dort erscheint Ihre Nummer. Dann sind Sie dran.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Bestätigung für Ihr Formular</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ihre Formular-Nummer für den Schalter:</translation>
    </message>
    <message>
        <source>Form already sent, reference: %1</source>
        <translation>Ihr Formular ist schon abgeschickt. Formular-Nummer: %1</translation>
    </message>
    <message>
        <source>Responsible for your data: %1.</source>
        <translation>Verantwortlich für Ihre Daten ist: %1.</translation>
    </message>
    <message>
        <source>Your entries are used only to process this request.</source>
        <translation>Wir brauchen Ihre Angaben nur für diesen Antrag.</translation>
    </message>
    <message>
        <source>On this terminal they are stored encrypted for the office; the terminal itself cannot read them.</source>
        <translation>Das Gerät speichert Ihre Angaben verschlüsselt. Nur das Amt kann sie lesen.</translation>
    </message>
    <message>
        <source>On this terminal they are stored unencrypted.</source>
        <translation>Das Gerät speichert Ihre Angaben. Die Angaben sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>They are deleted here as soon as the office's system has received them.</source>
        <translation>Das Amt bekommt Ihre Angaben. Dann löschen wir die Angaben auf dem Gerät.</translation>
    </message>
    <message>
        <source>They are kept in the office's database for processing.</source>
        <translation>Ihre Angaben kommen in die Daten-Bank vom Amt.</translation>
    </message>
    <message>
        <source>Copies of the printouts are stored on the terminal and deleted within an hour.</source>
        <translation>Das Gerät speichert eine Kopie von den Ausdrucken. Nach spätestens einer Stunde löschen wir sie.</translation>
    </message>
    <message>
        <source>You have the right to access, correct and delete your data, to restrict its processing, and to complain to a data protection authority.</source>
        <translation>Sie dürfen fragen: Welche Daten haben Sie von mir? Sie dürfen falsche Daten ändern lassen. Sie dürfen Daten löschen lassen. Sie dürfen sich beim Daten-Schutz beschweren.</translation>
    </message>
    <message>
        <source>Full privacy notice:</source>
        <translation>Mehr zum Daten-Schutz:</translation>
    </message>
    <message>
        <source>Filled form – NOT sent</source>
        <translation>Ausgefülltes Formular – NICHT gesendet</translation>
    </message>
    <message>
        <source>The terminal could not save this form. Please hand in this paper at the counter.</source>
        <translation>Das Gerät konnte dieses Formular nicht speichern. Bitte geben Sie dieses Papier am Schalter ab.</translation>
    </message>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>So lange warten Sie: höchstens 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>So lange warten Sie ungefähr: %n Minute</numerusform>
            <numerusform>So lange warten Sie ungefähr: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>So lange warten Sie höchstens: %n Minute</numerusform>
            <numerusform>So lange warten Sie höchstens: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>So lange warten Sie ungefähr: %1 bis %n Minute</numerusform>
            <numerusform>So lange warten Sie ungefähr: %1 bis %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Vor Ihnen ist %n Mensch dran.</numerusform>
            <numerusform>Vor Ihnen sind %n Menschen dran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>Manchmal nimmt das Amt die Angaben nicht an. Dann bleiben sie für die Mitarbeiter hier. Nach %n Tag löschen wir sie.</numerusform>
            <numerusform>Manchmal nimmt das Amt die Angaben nicht an. Dann bleiben sie für die Mitarbeiter hier. Nach %n Tagen löschen wir sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>Ihre Angaben bleiben für das Amt auf dem Gerät. Nach %n Tag löschen wir sie.</numerusform>
            <numerusform>Ihre Angaben bleiben für das Amt auf dem Gerät. Nach %n Tagen löschen wir sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>Das Gerät speichert eine Kopie von den Ausdrucken. Nach %n Tag löschen wir sie.</numerusform>
            <numerusform>Das Gerät speichert eine Kopie von den Ausdrucken. Nach %n Tagen löschen wir sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Your waiting number is being prepared …</source>
        <translation>Ihre Warte-Nummer kommt gleich …</translation>
    </message>
    <message>
        <source>Your waiting number</source>
        <translation>Ihre Warte-Nummer</translation>
    </message>
    <message>
        <source>People ahead of you: unknown</source>
        <translation>Wir wissen nicht, wie viele Menschen vor Ihnen dran sind.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Sie sind als Nächstes dran.</translation>
    </message>
    <message>
        <source>Your ticket is being printed …</source>
        <translation>Der Drucker druckt Ihre Warte-Nummer …</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>Bitte nehmen Sie Ihre Warte-Nummer unten aus dem Drucker.</translation>
    </message>
    <message>
        <source>Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.</source>
        <translation>Der Drucker konnte Ihre Warte-Nummer nicht drucken. Das tut uns leid. Ihre Nummer gilt trotzdem. Bitte schreiben Sie die Nummer auf. Oder machen Sie ein Foto von dem Code.</translation>
    </message>
    <message>
        <source>Please watch the display in the waiting area. Your number will be called.</source>
        <translation>Bitte warten Sie im Warte-Bereich. Schauen Sie auf den Bildschirm. Dort erscheint Ihre Nummer. Dann sind Sie dran.</translation>
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
        <translation>Bitte nehmen Sie Ihre Warte-Nummer aus dem Drucker. Der Drucker ist rechts neben dem Bildschirm.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot below the screen.</source>
        <translation>Die Warte-Nummer kommt unten aus dem Drucker. Der Drucker ist unter dem Bildschirm.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot to the right of the screen.</source>
        <translation>Die Warte-Nummer kommt aus dem Drucker. Der Drucker ist rechts neben dem Bildschirm.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Vor Ihnen ist %n Mensch dran.</numerusform>
            <numerusform>Vor Ihnen sind %n Menschen dran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Display and sound</source>
        <translation>Bildschirm und Ton</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
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
        <translation>Willkommen im Bürger-Büro</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>Bitte wählen Sie Ihre Sprache.</translation>
    </message>
    <message>
        <source>Some services are limited at the moment. Staff at the information desk will help you.</source>
        <translation>Manche Dinge gehen gerade nicht. Die Mitarbeiter an der Information helfen Ihnen gern.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>Sie können nicht gut sehen? Drücken Sie die Hilfe-Taste. Oder legen Sie einen Finger auf eine freie Stelle vom Bildschirm. Lassen Sie den Finger %n Sekunde dort. Dann spricht das Gerät mit Ihnen. Kopfhörer stecken Sie in das Loch am Tasten-Feld.</numerusform>
            <numerusform>Sie können nicht gut sehen? Drücken Sie die Hilfe-Taste. Oder legen Sie einen Finger auf eine freie Stelle vom Bildschirm. Lassen Sie den Finger %n Sekunden dort. Dann spricht das Gerät mit Ihnen. Kopfhörer stecken Sie in das Loch am Tasten-Feld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioGuide</name>
    <message>
        <source>Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.</source>
        <translation>Jetzt spricht das Gerät mit Ihnen. Mit den Pfeil-Tasten gehen Sie weiter. Das Gerät sagt Ihnen jedes Mal, wo Sie sind. Mit der Taste in der Mitte wählen Sie aus. Mit der Zurück-Taste gehen Sie zurück. Mit der Hilfe-Taste hören Sie das noch einmal. Die Hinweis-Taste erklärt mehr. Sie sagt auch, was Sie geschrieben haben. Mit anderen Tasten machen Sie die Stimme lauter, leiser, schneller oder langsamer.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Knopf</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Kästchen zum Ankreuzen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>Feld zum Schreiben</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>Liste zum Auswählen</translation>
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
        <translation>Jetzt kommt die Tastatur. Mit den Pfeil-Tasten gehen Sie zu einem Buchstaben. Mit der Taste in der Mitte schreiben Sie den Buchstaben. Wählen Sie Fertig. Dann ist die Tastatur wieder weg.</translation>
    </message>
    <message>
        <source>There is no step back here. To end, choose Start over.</source>
        <translation>Hier können Sie nicht zurück. Wenn Sie aufhören wollen: Wählen Sie „Neu anfangen“.</translation>
    </message>
    <message>
        <source>Audio mode is off.</source>
        <translation>Das Gerät spricht jetzt nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Press an arrow key to go to the first control.</source>
        <translation>Sie haben noch nichts ausgewählt. Drücken Sie eine Pfeil-Taste. Dann kommen Sie zum ersten Knopf.</translation>
    </message>
    <message>
        <source>What you entered is read aloud only in audio mode, with headphones.</source>
        <translation>Was Sie geschrieben haben, liest das Gerät nur im Audio-Modus vor. Dafür brauchen Sie Kopfhörer.</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <translation>Sie haben geschrieben: %1</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press the select key to type.</source>
        <translation>Hier steht noch nichts. Drücken Sie die Taste in der Mitte. Dann können Sie schreiben.</translation>
    </message>
    <message>
        <source>Press the select key to use this button.</source>
        <translation>Drücken Sie die Taste in der Mitte. Dann wählen Sie diesen Knopf.</translation>
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
        <translation>Hier können Sie nichts auswählen.</translation>
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
        <translation>Sie haben einen Buchungs-Code gezeigt. Wollen Sie das Formular verlassen?</translation>
    </message>
    <message>
        <source>If you leave, what you entered in the form is deleted.</source>
        <translation>Wenn Sie das Formular verlassen: Dann löschen wir alles, was Sie geschrieben haben.</translation>
    </message>
    <message>
        <source>Stay in the form</source>
        <translation>Im Formular bleiben</translation>
    </message>
    <message>
        <source>Leave the form and check in</source>
        <translation>Formular verlassen. Ich bin da für meinen Termin.</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Clear entry</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>In der Liste suchen</translation>
    </message>
    <message>
        <source>Search: type the first letters</source>
        <translation>Suchen: Tippen Sie die ersten Buchstaben.</translation>
    </message>
    <message>
        <source>Nothing found. Please check the spelling.</source>
        <translation>Nichts gefunden. Bitte prüfen Sie: Ist das Wort richtig geschrieben?</translation>
    </message>
    <message>
        <source>Found: %1. The first %2 are shown; type more letters.</source>
        <translation>Gefunden: %1. Hier sehen Sie die ersten %2. Tippen Sie mehr Buchstaben.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Frequent answers:</source>
        <translation>Oft gewählt:</translation>
    </message>
    <message>
        <source>Show only the frequent answers</source>
        <translation>Nur die oft gewählten Antworten zeigen</translation>
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
        <translation>Bitte hier tippen</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Warte-Nummer nehmen</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Ich bin da: Ich habe einen Termin.</translation>
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
        <translation>So lange warten Sie: höchstens 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>So lange warten Sie ungefähr: %n Minute</numerusform>
            <numerusform>So lange warten Sie ungefähr: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>So lange warten Sie höchstens: %n Minute</numerusform>
            <numerusform>So lange warten Sie höchstens: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>So lange warten Sie ungefähr: %1 bis %n Minute</numerusform>
            <numerusform>So lange warten Sie ungefähr: %1 bis %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Wir wissen nicht, wie lange Sie warten.</translation>
    </message>
</context>
</TS>
