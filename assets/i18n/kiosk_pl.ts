<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>Your appointment</source>
        <translation>Termin wizyty</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Jest jeszcze za wcześnie</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Termin wizyty już minął</translation>
    </message>
    <message>
        <source>Appointments cannot be checked right now</source>
        <translation>Obecnie nie można sprawdzić umówionych wizyt</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Zgłoszenie przybycia na wizytę</translation>
    </message>
    <message>
        <source>Hold the QR code of your confirmation under the scanner, or type your booking code.</source>
        <translation>Proszę umieścić kod QR z potwierdzenia pod skanerem lub wpisać kod rezerwacji.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Kod rezerwacji</translation>
    </message>
    <message>
        <source>This is not a valid booking code. Please check it.</source>
        <translation>To nie jest prawidłowy kod rezerwacji. Proszę go sprawdzić.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this code.</source>
        <translation>Nie znaleziono wizyty z tym kodem.</translation>
    </message>
    <message>
        <source>Looking up your appointment …</source>
        <translation>Wyszukiwanie wizyty …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Wyszukaj wizytę</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Dzisiaj o %1</translation>
    </message>
    <message>
        <source>Please come back at %1. You can check in from then on.</source>
        <translation>Proszę wrócić o %1. Od tej godziny można zgłosić przybycie.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead. We will serve you as soon as possible.</source>
        <translation>Zamiast tego można pobrać numer kolejkowy. Obsługa nastąpi tak szybko, jak to możliwe.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Zgłoś przybycie</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Pobierz numer kolejkowy</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Powrót do początku</translation>
    </message>
    <message>
        <source>Your appointment is on another day</source>
        <translation>Wizyta jest w innym dniu</translation>
    </message>
    <message>
        <source>You have already been called</source>
        <translation>Numer został już wywołany</translation>
    </message>
    <message>
        <source>This appointment is already finished</source>
        <translation>Ta wizyta jest już zakończona</translation>
    </message>
    <message>
        <source>Your number was called while you were away</source>
        <translation>Numer został wywołany podczas nieobecności</translation>
    </message>
    <message>
        <source>This is a waiting number, not an appointment</source>
        <translation>To jest numer kolejkowy, nie wizyta</translation>
    </message>
    <message>
        <source>This appointment was cancelled</source>
        <translation>Ta wizyta została odwołana</translation>
    </message>
    <message>
        <source>This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.</source>
        <translation>Ten kod rezerwacji ma długi klucz, którego nie da się wpisać. Proszę przyłożyć kod QR z potwierdzenia do skanera lub zapytać w punkcie informacyjnym.</translation>
    </message>
    <message>
        <source>On %1 at %2</source>
        <translation>%1, godz. %2</translation>
    </message>
    <message>
        <source>Please come back on the day of your appointment.</source>
        <translation>Proszę przyjść w dniu wizyty.</translation>
    </message>
    <message>
        <source>Please watch the display and go to the counter shown there.</source>
        <translation>Proszę obserwować wyświetlacz i podejść do wskazanego stanowiska.</translation>
    </message>
    <message>
        <source>If you need anything else, please take a waiting number or ask at the information desk.</source>
        <translation>W innej sprawie proszę pobrać numer kolejkowy lub zapytać w punkcie informacyjnym.</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>Proszę zapytać w punkcie informacyjnym.</translation>
    </message>
    <message>
        <source>Your number is %1. Please watch the display.</source>
        <translation>Numer: %1. Proszę obserwować wyświetlacz.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead, or ask at the information desk.</source>
        <translation>Zamiast tego można pobrać numer kolejkowy lub zgłosić się do punktu informacyjnego.</translation>
    </message>
    <message>
        <source>The scanner is below the screen. Hold the code under its window.</source>
        <translation>Skaner znajduje się pod ekranem. Proszę przytrzymać kod pod jego okienkiem.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen. Hold the code under its window.</source>
        <translation>Skaner znajduje się na prawo od ekranu. Proszę przytrzymać kod pod jego okienkiem.</translation>
    </message>
    <message>
        <source>%1 (in German)</source>
        <translation>%1 (nazwa po niemiecku)</translation>
    </message>
</context>
<context>
    <name>ConcernChoiceView</name>
    <message>
        <source>About 5 minutes. Your ID card can fill in your name.</source>
        <translation>Około 5 minut. Imię i nazwisko można uzupełnić z dowodu osobistego.</translation>
    </message>
    <message>
        <source>Fill in the form now</source>
        <translation>Wypełnij formularz teraz</translation>
    </message>
    <message>
        <source>Only take a waiting number</source>
        <translation>Tylko pobrać numer, bez formularza</translation>
    </message>
    <message>
        <source>You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.</source>
        <translation>Formularz można wypełnić tutaj od razu. Dane trafią wtedy na stanowisko obsługi przed wizytą, a wizyta potrwa krócej.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
    <message>
        <source>What can we help you with?</source>
        <translation>W czym możemy pomóc?</translation>
    </message>
    <message>
        <source>No more numbers today</source>
        <translation>Na dziś nie ma już numerów</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Mam umówioną wizytę</translation>
    </message>
    <message>
        <source>Scan or type the code of your confirmation</source>
        <translation>Proszę zeskanować lub wpisać kod z potwierdzenia</translation>
    </message>
    <message>
        <source>Closed right now</source>
        <translation>Teraz zamknięte</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment</source>
        <translation>Obecnie nie wydajemy tu numerów</translation>
    </message>
    <message>
        <source>Not available at this terminal</source>
        <translation>Niedostępne w tym terminalu</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>Kod QR: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone: %1</source>
        <translation>Proszę zeskanować kod telefonem: %1</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Przewiń w górę</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Przewiń w dół</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Add another person</source>
        <translation>Dodaj kolejną osobę</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Wyczyść podpis</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Proszę podpisać się tutaj palcem</translation>
    </message>
    <message>
        <source>Taken from your ID document. Please check it.</source>
        <translation>Odczytano z dokumentu tożsamości. Proszę sprawdzić.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcjonalnie)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>For example: 27 03 1985</source>
        <translation>Na przykład: 27 03 1985</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>Proszę sprawdzić dane</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer below.</source>
        <translation>Proszę odebrać potwierdzenie złożenia z drukarki poniżej.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>Take a waiting number for this concern</source>
        <translation>Pobierz numer kolejkowy w tej sprawie</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference.</source>
        <translation>Nie udało się wydrukować potwierdzenia złożenia. Proszę zanotować numer sprawy.</translation>
    </message>
    <message>
        <source>Your form could not be saved</source>
        <translation>Nie udało się zapisać formularza</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Formularz został wysłany</translation>
    </message>
    <message>
        <source>Your receipt is being printed …</source>
        <translation>Trwa drukowanie potwierdzenia złożenia …</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Numer sprawy do okazania na stanowisku:</translation>
    </message>
    <message>
        <source>Fill in from my ID card or passport</source>
        <translation>Wypełnij z dowodu osobistego lub paszportu</translation>
    </message>
    <message>
        <source>Faster and without typing errors</source>
        <translation>Szybciej i bez literówek</translation>
    </message>
    <message>
        <source>The terminal's storage is full, so your form has not been sent.</source>
        <translation>Pamięć terminala jest pełna, dlatego formularz nie został wysłany.</translation>
    </message>
    <message>
        <source>The terminal could not store your form, so it has not been sent.</source>
        <translation>Terminal nie mógł zapisać formularza, dlatego nie został on wysłany.</translation>
    </message>
    <message>
        <source>The filled form is being printed …</source>
        <translation>Wypełniony formularz jest drukowany …</translation>
    </message>
    <message>
        <source>Please take the filled form from the printer to the counter.</source>
        <translation>Prosimy zabrać wypełniony formularz z drukarki na stanowisko obsługi.</translation>
    </message>
    <message>
        <source>The filled form could not be printed either. Please ask at the counter.</source>
        <translation>Wypełnionego formularza również nie udało się wydrukować. Prosimy zapytać na stanowisku obsługi.</translation>
    </message>
    <message>
        <source>Your entries are still here. The terminal keeps trying to save them.</source>
        <translation>Wprowadzone dane nadal tu są. Terminal nadal próbuje je zapisać.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Print the filled form for the counter</source>
        <translation>Wydrukuj wypełniony formularz na stanowisko obsługi</translation>
    </message>
    <message>
        <source>Take a waiting number anyway</source>
        <translation>Mimo to pobierz numer kolejkowy</translation>
    </message>
    <message>
        <source>Finish without a waiting number</source>
        <translation>Zakończ bez numeru kolejkowego</translation>
    </message>
    <message>
        <source>Next step: take a waiting number. At the counter, your form is ready for the clerk.</source>
        <translation>Następny krok: proszę pobrać numer kolejkowy. Formularz będzie już czekał na urzędnika na stanowisku obsługi.</translation>
    </message>
    <message>
        <source>Questions marked “(optional)” can be left empty. All other questions need an answer.</source>
        <translation>Pytania oznaczone „(opcjonalnie)” można pozostawić bez odpowiedzi. Na wszystkie pozostałe pytania trzeba odpowiedzieć.</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Problemy na tej stronie: %1</translation>
    </message>
    <message>
        <source>Tap an entry to go to the question.</source>
        <translation>Proszę dotknąć pozycji, aby przejść do pytania.</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <source>What do you need help with?</source>
        <translation>W czym potrzebna jest pomoc?</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>Pomoc jest w drodze</translation>
    </message>
    <message>
        <source>Help has been requested</source>
        <translation>Wezwano pomoc</translation>
    </message>
    <message>
        <source>Help with a form</source>
        <translation>Pomoc przy formularzu</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Problem techniczny</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Coś innego</translation>
    </message>
    <message>
        <source>Demo mode: this answer is simulated. No member of staff was notified.</source>
        <translation>Tryb demonstracyjny: ta odpowiedź jest symulowana. Nie powiadomiono żadnego pracownika.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Anuluj wezwanie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>More staff have been informed.</source>
        <translation>Powiadomiono kolejnych pracowników.</translation>
    </message>
    <message>
        <source>Staff have been informed. Please stay at the terminal.</source>
        <translation>Pracownicy zostali powiadomieni. Proszę pozostać przy terminalu.</translation>
    </message>
    <message>
        <source>Please go to counter %1.</source>
        <translation>Proszę podejść do stanowiska %1.</translation>
    </message>
    <message>
        <source>%1 is coming to you.</source>
        <translation>Zaraz podejdzie: %1.</translation>
    </message>
    <message>
        <source>Someone is coming to you.</source>
        <translation>Za chwilę podejdzie ktoś z obsługi.</translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>Czas oczekiwania: %n sekunda.</numerusform>
            <numerusform>Czas oczekiwania: %n sekundy.</numerusform>
            <numerusform>Czas oczekiwania: %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>Czas oczekiwania: %n minuta.</numerusform>
            <numerusform>Czas oczekiwania: %n minuty.</numerusform>
            <numerusform>Czas oczekiwania: %n minut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCardView</name>
    <message>
        <source>The card reader is not available</source>
        <translation>Czytnik kart jest niedostępny</translation>
    </message>
    <message>
        <source>The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.</source>
        <translation>Czytnik pod ekranem teraz nie działa. Proszę wpisać swoje dane ręcznie lub poprosić o pomoc personel.</translation>
    </message>
    <message>
        <source>The chip of your document could not be read</source>
        <translation>Nie udało się odczytać chipa dokumentu</translation>
    </message>
    <message>
        <source>Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.</source>
        <translation>Proszę zdjąć dokument z czytnika, chwilę odczekać i położyć go ponownie. Jeśli znów się nie uda, proszę wpisać dane ręcznie.</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>Sprawdź formularz</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Enter the six-digit access number</source>
        <translation>Proszę wpisać sześciocyfrowy numer dostępu</translation>
    </message>
    <message>
        <source>Fill in from your ID document?</source>
        <translation>Wypełnić danymi z dokumentu tożsamości?</translation>
    </message>
    <message>
        <source>German ID card</source>
        <translation>Niemiecki dowód osobisty</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader below the screen.</source>
        <translation>Proszę położyć dokument płasko na czytniku pod ekranem.</translation>
    </message>
    <message>
        <source>No, I will type my details</source>
        <translation>Nie, wpiszę dane samodzielnie</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numer paszportu</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>Proszę położyć dokument na czytniku</translation>
    </message>
    <message>
        <source>Please check the number and try again.</source>
        <translation>Proszę sprawdzić numer i spróbować ponownie.</translation>
    </message>
    <message>
        <source>Please put the document back on the reader and keep it there.</source>
        <translation>Proszę ponownie położyć dokument na czytniku i pozostawić go tam.</translation>
    </message>
    <message>
        <source>Please type your details instead.</source>
        <translation>Proszę zamiast tego wpisać dane ręcznie.</translation>
    </message>
    <message>
        <source>Reading … please keep the document on the reader</source>
        <translation>Trwa odczyt … proszę nie zabierać dokumentu z czytnika</translation>
    </message>
    <message>
        <source>The access number is printed at the bottom right of the front side.</source>
        <translation>Numer dostępu jest wydrukowany na przedniej stronie, w prawym dolnym rogu.</translation>
    </message>
    <message>
        <source>The document was removed too early</source>
        <translation>Dokument został zabrany za wcześnie</translation>
    </message>
    <message>
        <source>The number does not match this document</source>
        <translation>Numer nie pasuje do tego dokumentu</translation>
    </message>
    <message>
        <source>These details do not fit together. Please enter them again.</source>
        <translation>Te dane do siebie nie pasują. Proszę wpisać je ponownie.</translation>
    </message>
    <message>
        <source>This document cannot be read here</source>
        <translation>Tego dokumentu nie można tu odczytać</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.</source>
        <translation>Z chipa odczytywane są: imię i nazwisko, data urodzenia, obywatelstwo oraz numer i ważność dokumentu, a także adres, jeśli paszport go zawiera. Dane służą wyłącznie do wypełnienia tego formularza. Zdjęcie nie jest zapisywane. Wszystko zostanie usunięte po zakończeniu.</translation>
    </message>
    <message>
        <source>Which document do you have?</source>
        <translation>Jaki to dokument?</translation>
    </message>
    <message>
        <source>Yes, read my document</source>
        <translation>Tak, odczytaj dokument</translation>
    </message>
    <message>
        <source>You find the access number on the front of your ID card, at the bottom right.</source>
        <translation>Numer dostępu znajduje się na przedniej stronie dowodu osobistego, w prawym dolnym rogu.</translation>
    </message>
    <message>
        <source>Your details have been filled in</source>
        <translation>Dane zostały uzupełnione</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader to the right of the screen.</source>
        <translation>Proszę położyć dokument płasko na czytniku na prawo od ekranu.</translation>
    </message>
    <message>
        <source>The card reader is below the screen. Lay the document flat on it.</source>
        <translation>Czytnik kart znajduje się pod ekranem. Proszę położyć na nim dokument płasko.</translation>
    </message>
    <message>
        <source>The card reader is to the right of the screen. Lay the document flat on it.</source>
        <translation>Czytnik kart znajduje się na prawo od ekranu. Proszę położyć na nim dokument płasko.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>Wypełniono %n pole. Proszę sprawdzić.</numerusform>
            <numerusform>Wypełniono %n pola. Proszę sprawdzić.</numerusform>
            <numerusform>Wypełniono %n pól. Proszę sprawdzić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>Wypełniono %n pole. Strefa odczytu maszynowego dokumentu zawiera błąd, dlatego proszę wszystko dokładnie sprawdzić.</numerusform>
            <numerusform>Wypełniono %n pola. Strefa odczytu maszynowego dokumentu zawiera błąd, dlatego proszę wszystko dokładnie sprawdzić.</numerusform>
            <numerusform>Wypełniono %n pól. Strefa odczytu maszynowego dokumentu zawiera błąd, dlatego proszę wszystko dokładnie sprawdzić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>Proszę sprawdzić numer i spróbować ponownie. Została %n próba.</numerusform>
            <numerusform>Proszę sprawdzić numer i spróbować ponownie. Zostały %n próby.</numerusform>
            <numerusform>Proszę sprawdzić numer i spróbować ponownie. Zostało %n prób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <source>Copy it from the photo page of your passport: up to 9 letters and digits, top right.</source>
        <translation>Proszę przepisać go ze strony paszportu ze zdjęciem: do 9 liter i cyfr, w prawym górnym rogu.</translation>
    </message>
    <message>
        <source>Day, month and year, as on the photo page of your passport. Example: 27 03 1985</source>
        <translation>Dzień, miesiąc i rok, jak na stronie paszportu ze zdjęciem. Przykład: 27 03 1985</translation>
    </message>
    <message>
        <source>This date is not possible. Please check day, month and year.</source>
        <translation>Taka data nie jest możliwa. Proszę sprawdzić dzień, miesiąc i rok.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Potrzeba więcej czasu?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Tak, kontynuuj</translation>
    </message>
    <message>
        <source>No, end now</source>
        <translation>Nie, zakończ teraz</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>Ze względu na ochronę danych wszystkie wprowadzone informacje zostaną usunięte za %n sekundę.</numerusform>
            <numerusform>Ze względu na ochronę danych wszystkie wprowadzone informacje zostaną usunięte za %n sekundy.</numerusform>
            <numerusform>Ze względu na ochronę danych wszystkie wprowadzone informacje zostaną usunięte za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>All buttons are now within reach in the lower part of the screen.</source>
        <translation>Wszystkie przyciski są teraz w zasięgu ręki, w dolnej części ekranu.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>The office's note, in German: %1</source>
        <translation>Komunikat urzędu (po niemiecku): %1</translation>
    </message>
    <message>
        <source>We are closed right now</source>
        <translation>Biuro jest teraz nieczynne</translation>
    </message>
    <message>
        <source>All waiting numbers for today have been given out</source>
        <translation>Wszystkie numery na dziś zostały już wydane</translation>
    </message>
    <message>
        <source>Waiting numbers cannot be issued at the moment</source>
        <translation>Obecnie nie można wydawać numerów</translation>
    </message>
    <message>
        <source>We open again: %1</source>
        <translation>Ponowne otwarcie: %1</translation>
    </message>
    <message>
        <source>Please see the opening hours at the entrance.</source>
        <translation>Godziny otwarcia podano przy wejściu.</translation>
    </message>
    <message>
        <source>Please come back on another working day, or book an appointment online.</source>
        <translation>Prosimy przyjść w inny dzień roboczy lub umówić wizytę przez internet.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Please ask at the information desk.</source>
        <translation>Drukarka numerów nie jest gotowa. Prosimy zgłosić się do punktu informacyjnego.</translation>
    </message>
    <message>
        <source>Please ask at the information desk. We are sorry for the inconvenience.</source>
        <translation>Prosimy zgłosić się do punktu informacyjnego. Przepraszamy za utrudnienia.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Powrót do początku</translation>
    </message>
    <message>
        <source>The terminal is being serviced. Please ask at the information desk.</source>
        <translation>Trwa konserwacja terminala. Prosimy zgłosić się do punktu informacyjnego.</translation>
    </message>
    <message>
        <source>The terminal has a technical fault. Please ask at the information desk.</source>
        <translation>Wystąpiła usterka techniczna terminala. Prosimy zgłosić się do punktu informacyjnego.</translation>
    </message>
    <message>
        <source>The terminal is closed today. Please ask at the information desk.</source>
        <translation>Terminal jest dziś nieczynny. Prosimy zgłosić się do punktu informacyjnego.</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment. Please ask at the information desk.</source>
        <translation>Obecnie nie wydajemy tu numerów. Proszę zapytać w punkcie informacyjnym.</translation>
    </message>
    <message>
        <source>QR code for booking an appointment online</source>
        <translation>Kod QR do rezerwacji wizyty online</translation>
    </message>
    <message>
        <source>Scan the code with your phone to book an appointment: %1</source>
        <translation>Proszę zeskanować kod telefonem, aby zarezerwować wizytę: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Wielka litera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Other keyboard</source>
        <translation>Inna klawiatura</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <source>Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).</source>
        <translation>Proszę pisać tak jak w paszporcie lub dowodzie, literami łacińskimi (A–Z, także Ä, Ö, Ü, ß).</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>Display and sound</source>
        <translation>Ekran i dźwięk</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Duży tekst</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Bardzo duży tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Everything within reach (wheelchair)</source>
        <translation>Wszystko w zasięgu ręki (wózek inwalidzki)</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Odczytywanie ekranu na głos</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Ciszej</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Głośność: %1 %</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Głośniej</translation>
    </message>
    <message>
        <source>Sounds when tapping</source>
        <translation>Dźwięki przy dotknięciu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Waiting number</source>
        <translation>Numer kolejkowy</translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Przewidywany czas oczekiwania: nieznany</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Wydano: %1</translation>
    </message>
    <message>
        <source>Please watch the display. Your number will be called.</source>
        <translation>Prosimy obserwować wyświetlacz. Numer zostanie wywołany.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Potwierdzenie złożenia</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Numer sprawy do okazania na stanowisku:</translation>
    </message>
    <message>
        <source>Form already sent, reference: %1</source>
        <translation>Formularz został już wysłany, numer sprawy: %1</translation>
    </message>
    <message>
        <source>Responsible for your data: %1.</source>
        <translation>Administrator danych osobowych: %1.</translation>
    </message>
    <message>
        <source>Your entries are used only to process this request.</source>
        <translation>Wprowadzone dane służą wyłącznie do rozpatrzenia tego wniosku.</translation>
    </message>
    <message>
        <source>On this terminal they are stored encrypted for the office; the terminal itself cannot read them.</source>
        <translation>Na tym terminalu są przechowywane wyłącznie w postaci zaszyfrowanej dla urzędu; sam terminal nie może ich odczytać.</translation>
    </message>
    <message>
        <source>On this terminal they are stored unencrypted.</source>
        <translation>Na tym terminalu są przechowywane bez szyfrowania.</translation>
    </message>
    <message>
        <source>They are deleted here as soon as the office's system has received them.</source>
        <translation>Są tu usuwane, gdy tylko system urzędu je otrzyma.</translation>
    </message>
    <message>
        <source>They are kept in the office's database for processing.</source>
        <translation>Są przechowywane w bazie danych urzędu w celu rozpatrzenia.</translation>
    </message>
    <message>
        <source>Copies of the printouts are stored on the terminal and deleted within an hour.</source>
        <translation>Kopie wydruków są przechowywane na terminalu i usuwane w ciągu godziny.</translation>
    </message>
    <message>
        <source>You have the right to access, correct and delete your data, to restrict its processing, and to complain to a data protection authority.</source>
        <translation>Przysługuje prawo dostępu do danych, ich sprostowania i usunięcia, ograniczenia przetwarzania oraz wniesienia skargi do organu nadzorczego ds. ochrony danych.</translation>
    </message>
    <message>
        <source>Full privacy notice:</source>
        <translation>Pełna informacja o ochronie danych:</translation>
    </message>
    <message>
        <source>Filled form – NOT sent</source>
        <translation>Wypełniony formularz – NIE wysłano</translation>
    </message>
    <message>
        <source>The terminal could not save this form. Please hand in this paper at the counter.</source>
        <translation>Terminal nie mógł zapisać tego formularza. Prosimy oddać ten wydruk na stanowisku obsługi.</translation>
    </message>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Przewidywany czas oczekiwania: najwyżej minuta</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Przewidywany czas oczekiwania: około %n minuty</numerusform>
            <numerusform>Przewidywany czas oczekiwania: około %n minut</numerusform>
            <numerusform>Przewidywany czas oczekiwania: około %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Przewidywany czas oczekiwania: do %n minuty</numerusform>
            <numerusform>Przewidywany czas oczekiwania: do %n minut</numerusform>
            <numerusform>Przewidywany czas oczekiwania: do %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Przewidywany czas oczekiwania: %1–%n minuta</numerusform>
            <numerusform>Przewidywany czas oczekiwania: %1–%n minuty</numerusform>
            <numerusform>Przewidywany czas oczekiwania: %1–%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Przed tym numerem czeka %n osoba.</numerusform>
            <numerusform>Przed tym numerem czekają %n osoby.</numerusform>
            <numerusform>Przed tym numerem czeka %n osób.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>Jeśli ten system je odrzuci, pozostają tu dla personelu i są usuwane po %n dniu.</numerusform>
            <numerusform>Jeśli ten system je odrzuci, pozostają tu dla personelu i są usuwane po %n dniach.</numerusform>
            <numerusform>Jeśli ten system je odrzuci, pozostają tu dla personelu i są usuwane po %n dniach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>Są przechowywane na tym terminalu dla urzędu i usuwane po %n dniu.</numerusform>
            <numerusform>Są przechowywane na tym terminalu dla urzędu i usuwane po %n dniach.</numerusform>
            <numerusform>Są przechowywane na tym terminalu dla urzędu i usuwane po %n dniach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>Kopie wydruków są przechowywane na terminalu i usuwane po %n dniu.</numerusform>
            <numerusform>Kopie wydruków są przechowywane na terminalu i usuwane po %n dniach.</numerusform>
            <numerusform>Kopie wydruków są przechowywane na terminalu i usuwane po %n dniach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Your waiting number is being prepared …</source>
        <translation>Trwa przygotowywanie numeru …</translation>
    </message>
    <message>
        <source>Your waiting number</source>
        <translation>Numer kolejkowy</translation>
    </message>
    <message>
        <source>People ahead of you: unknown</source>
        <translation>Liczba osób przed tym numerem: nieznana</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Ten numer jest następny.</translation>
    </message>
    <message>
        <source>Your ticket is being printed …</source>
        <translation>Trwa drukowanie biletu …</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>Proszę odebrać bilet z drukarki poniżej.</translation>
    </message>
    <message>
        <source>Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.</source>
        <translation>Niestety nie udało się wydrukować biletu. Numer jest ważny: proszę go zanotować lub sfotografować kod.</translation>
    </message>
    <message>
        <source>Please watch the display in the waiting area. Your number will be called.</source>
        <translation>Prosimy obserwować wyświetlacz w poczekalni. Numer zostanie wywołany.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Your appointment: today at %1</source>
        <translation>Termin wizyty: dzisiaj o %1</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer to the right of the screen.</source>
        <translation>Proszę odebrać bilet z drukarki na prawo od ekranu.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot below the screen.</source>
        <translation>Bilet wysuwa się ze szczeliny drukarki pod ekranem.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot to the right of the screen.</source>
        <translation>Bilet wysuwa się ze szczeliny drukarki na prawo od ekranu.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Przed tym numerem czeka %n osoba.</numerusform>
            <numerusform>Przed tym numerem czekają %n osoby.</numerusform>
            <numerusform>Przed tym numerem czeka %n osób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Display and sound</source>
        <translation>Ekran i dźwięk</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to the Bürgerbüro</source>
        <translation>Witamy w Biurze Obsługi Mieszkańców</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>Proszę wybrać język</translation>
    </message>
    <message>
        <source>Some services are limited at the moment. Staff at the information desk will help you.</source>
        <translation>Niektóre usługi są obecnie ograniczone. Pracownicy punktu informacyjnego chętnie pomogą.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>Nie widać ekranu? Proszę nacisnąć klawisz pomocy na klawiaturze lub przytrzymać palec na wolnym miejscu ekranu przez %n sekundę: terminal zacznie mówić. Słuchawki: gniazdo na klawiaturze.</numerusform>
            <numerusform>Nie widać ekranu? Proszę nacisnąć klawisz pomocy na klawiaturze lub przytrzymać palec na wolnym miejscu ekranu przez %n sekundy: terminal zacznie mówić. Słuchawki: gniazdo na klawiaturze.</numerusform>
            <numerusform>Nie widać ekranu? Proszę nacisnąć klawisz pomocy na klawiaturze lub przytrzymać palec na wolnym miejscu ekranu przez %n sekund: terminal zacznie mówić. Słuchawki: gniazdo na klawiaturze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioGuide</name>
    <message>
        <source>Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.</source>
        <translation>Tryb audio jest włączony. Między elementami można przechodzić klawiszami strzałek; każdy z nich zostanie odczytany. Aby go użyć, proszę nacisnąć klawisz wyboru pośrodku. Klawisz „Wstecz” cofa o krok lub zamyka okno. Klawisz pomocy powtarza to objaśnienie. Klawisz podpowiedzi mówi więcej, także co wpisano. Inne klawisze zmieniają głośność i tempo mowy.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Przycisk</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Pole wyboru</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opcja</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>Pole tekstowe</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>Lista wyboru</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Łącze</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>zaznaczone</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>niezaznaczone</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>wypełnione</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <source>Keyboard. Move over the letters with the arrow keys, the select key types a letter. Done closes the keyboard.</source>
        <translation>Klawiatura. Poruszaj się po literach klawiszami strzałek, klawisz wyboru wpisuje literę. „Gotowe” zamyka klawiaturę.</translation>
    </message>
    <message>
        <source>There is no step back here. To end, choose Start over.</source>
        <translation>Tu nie ma kroku wstecz. Aby zakończyć, wybierz „Zacznij od nowa”.</translation>
    </message>
    <message>
        <source>Audio mode is off.</source>
        <translation>Tryb audio jest wyłączony.</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Press an arrow key to go to the first control.</source>
        <translation>Nic jeszcze nie wybrano. Proszę nacisnąć strzałkę, aby przejść do pierwszego elementu.</translation>
    </message>
    <message>
        <source>What you entered is read aloud only in audio mode, with headphones.</source>
        <translation>Wpisane dane są odczytywane tylko w trybie audio, przez słuchawki.</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <translation>Wpisano: %1</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press the select key to type.</source>
        <translation>Nic jeszcze nie wpisano. Proszę nacisnąć klawisz wyboru, aby pisać.</translation>
    </message>
    <message>
        <source>Press the select key to use this button.</source>
        <translation>Proszę nacisnąć klawisz wyboru, aby użyć tego przycisku.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Szybciej</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>There is nothing to choose here.</source>
        <translation>Tu nie ma nic do wybrania.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Głośniej</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Ciszej</translation>
    </message>
</context>
<context>
    <name>ScanLeaveDialog</name>
    <message>
        <source>You scanned an appointment code. Leave the form?</source>
        <translation>Zeskanowano kod rezerwacji. Opuścić formularz?</translation>
    </message>
    <message>
        <source>If you leave, what you entered in the form is deleted.</source>
        <translation>Jeśli wyjdziesz, dane wpisane w formularzu zostaną usunięte.</translation>
    </message>
    <message>
        <source>Stay in the form</source>
        <translation>Zostań w formularzu</translation>
    </message>
    <message>
        <source>Leave the form and check in</source>
        <translation>Opuść formularz i zgłoś przybycie</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Clear entry</source>
        <translation>Wyczyść pole</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Szukaj na liście</translation>
    </message>
    <message>
        <source>Search: type the first letters</source>
        <translation>Szukaj: proszę wpisać pierwsze litery</translation>
    </message>
    <message>
        <source>Nothing found. Please check the spelling.</source>
        <translation>Nic nie znaleziono. Proszę sprawdzić pisownię.</translation>
    </message>
    <message>
        <source>Found: %1. The first %2 are shown; type more letters.</source>
        <translation>Znaleziono: %1. Pokazano pierwsze %2; proszę wpisać więcej liter.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Znaleziono: %1</translation>
    </message>
    <message>
        <source>Frequent answers:</source>
        <translation>Częste odpowiedzi:</translation>
    </message>
    <message>
        <source>Show only the frequent answers</source>
        <translation>Pokaż tylko częste odpowiedzi</translation>
    </message>
    <message>
        <source>Show the whole list (%1)</source>
        <translation>Pokaż całą listę (%1)</translation>
    </message>
</context>
<context>
    <name>AttractPanel</name>
    <message>
        <source>Touch to start</source>
        <translation>Proszę dotknąć, aby rozpocząć</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Pobranie numeru kolejkowego</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Zgłoszenie przybycia na wizytę</translation>
    </message>
    <message>
        <source>Fill in a form</source>
        <translation>Wypełnienie formularza</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Pomoc pracowników</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Przewidywany czas oczekiwania: najwyżej minuta</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Przewidywany czas oczekiwania: około %n minuty</numerusform>
            <numerusform>Przewidywany czas oczekiwania: około %n minut</numerusform>
            <numerusform>Przewidywany czas oczekiwania: około %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Przewidywany czas oczekiwania: do %n minuty</numerusform>
            <numerusform>Przewidywany czas oczekiwania: do %n minut</numerusform>
            <numerusform>Przewidywany czas oczekiwania: do %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Przewidywany czas oczekiwania: %1–%n minuta</numerusform>
            <numerusform>Przewidywany czas oczekiwania: %1–%n minuty</numerusform>
            <numerusform>Przewidywany czas oczekiwania: %1–%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Przewidywany czas oczekiwania: nieznany</translation>
    </message>
</context>
</TS>
