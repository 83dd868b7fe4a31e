<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>Your appointment</source>
        <translation>Ваш запис</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Ви прийшли зарано</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Час вашого запису минув</translation>
    </message>
    <message>
        <source>Appointments cannot be checked right now</source>
        <translation>Зараз неможливо перевірити записи</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Відмітити прибуття на прийом</translation>
    </message>
    <message>
        <source>Hold the QR code of your confirmation under the scanner, or type your booking code.</source>
        <translation>Піднесіть QR-код підтвердження до сканера або введіть код запису.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Код запису</translation>
    </message>
    <message>
        <source>This is not a valid booking code. Please check it.</source>
        <translation>Це недійсний код запису. Перевірте його, будь ласка.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this code.</source>
        <translation>Ми не знайшли запису з цим кодом.</translation>
    </message>
    <message>
        <source>Looking up your appointment …</source>
        <translation>Шукаємо ваш запис …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Знайти мій запис</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Сьогодні о %1</translation>
    </message>
    <message>
        <source>Please come back at %1. You can check in from then on.</source>
        <translation>Будь ласка, поверніться о %1. З цього часу можна відмітити прибуття.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead. We will serve you as soon as possible.</source>
        <translation>Натомість ви можете взяти номер у черзі. Ми обслужимо вас якнайшвидше.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Відмітити прибуття</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Взяти номер у черзі</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
    </message>
    <message>
        <source>Your appointment is on another day</source>
        <translation>Ваш запис на інший день</translation>
    </message>
    <message>
        <source>You have already been called</source>
        <translation>Вас уже викликали</translation>
    </message>
    <message>
        <source>This appointment is already finished</source>
        <translation>Цей запис уже завершено</translation>
    </message>
    <message>
        <source>Your number was called while you were away</source>
        <translation>Ваш номер викликали, коли вас не було</translation>
    </message>
    <message>
        <source>This is a waiting number, not an appointment</source>
        <translation>Це номер у черзі, а не запис</translation>
    </message>
    <message>
        <source>This appointment was cancelled</source>
        <translation>Цей запис скасовано</translation>
    </message>
    <message>
        <source>This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.</source>
        <translation>Цей код запису має довгий ключ, який неможливо ввести. Піднесіть QR-код вашого підтвердження до сканера або зверніться до довідкової.</translation>
    </message>
    <message>
        <source>On %1 at %2</source>
        <translation>%1 о %2</translation>
    </message>
    <message>
        <source>Please come back on the day of your appointment.</source>
        <translation>Будь ласка, приходьте в день вашого запису.</translation>
    </message>
    <message>
        <source>Please watch the display and go to the counter shown there.</source>
        <translation>Стежте за табло та підійдіть до вказаного там віконця.</translation>
    </message>
    <message>
        <source>If you need anything else, please take a waiting number or ask at the information desk.</source>
        <translation>Якщо вам потрібно ще щось, візьміть номер у черзі або зверніться до довідкової.</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>Будь ласка, зверніться до довідкової.</translation>
    </message>
    <message>
        <source>Your number is %1. Please watch the display.</source>
        <translation>Ваш номер %1. Стежте за табло.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead, or ask at the information desk.</source>
        <translation>Ви можете натомість взяти номер у черзі або звернутися до довідкової.</translation>
    </message>
    <message>
        <source>The scanner is below the screen. Hold the code under its window.</source>
        <translation>Сканер розташований під екраном. Тримайте код під його віконцем.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen. Hold the code under its window.</source>
        <translation>Сканер розташований праворуч від екрана. Тримайте код під його віконцем.</translation>
    </message>
    <message>
        <source>%1 (in German)</source>
        <translation>%1 (назва німецькою)</translation>
    </message>
</context>
<context>
    <name>ConcernChoiceView</name>
    <message>
        <source>About 5 minutes. Your ID card can fill in your name.</source>
        <translation>Близько 5 хвилин. Ваше посвідчення може заповнити ім'я.</translation>
    </message>
    <message>
        <source>Fill in the form now</source>
        <translation>Заповнити форму зараз</translation>
    </message>
    <message>
        <source>Only take a waiting number</source>
        <translation>Лише взяти номер у черзі, без форми</translation>
    </message>
    <message>
        <source>You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.</source>
        <translation>Ви можете заповнити форму тут. Тоді ваші дані будуть у віконці раніше за вас, і прийом триватиме менше.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
    <message>
        <source>What can we help you with?</source>
        <translation>Чим ми можемо вам допомогти?</translation>
    </message>
    <message>
        <source>No more numbers today</source>
        <translation>На сьогодні номерів більше немає</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>У мене є запис</translation>
    </message>
    <message>
        <source>Scan or type the code of your confirmation</source>
        <translation>Відскануйте або введіть код підтвердження</translation>
    </message>
    <message>
        <source>Closed right now</source>
        <translation>Зараз зачинено</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment</source>
        <translation>Зараз тут номери не видаються</translation>
    </message>
    <message>
        <source>Not available at this terminal</source>
        <translation>Недоступно на цьому терміналі</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>QR-код: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone: %1</source>
        <translation>Скануйте код телефоном: %1</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Прокрутити вгору</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Прокрутити вниз</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Add another person</source>
        <translation>Додати ще одну особу</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Стерти підпис</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Підпишіться тут пальцем</translation>
    </message>
    <message>
        <source>Taken from your ID document. Please check it.</source>
        <translation>Взято з вашого документа. Будь ласка, перевірте.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(необов’язково)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>For example: 27 03 1985</source>
        <translation>Наприклад: 27 03 1985</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>Будь ласка, перевірте свої дані</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer below.</source>
        <translation>Будь ласка, візьміть квитанцію з принтера внизу.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>Take a waiting number for this concern</source>
        <translation>Взяти номер у черзі для цієї справи</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference.</source>
        <translation>Квитанцію не вдалося надрукувати. Запишіть, будь ласка, номер звернення.</translation>
    </message>
    <message>
        <source>Your form could not be saved</source>
        <translation>Не вдалося зберегти вашу форму</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Вашу форму надіслано</translation>
    </message>
    <message>
        <source>Your receipt is being printed …</source>
        <translation>Ваша квитанція друкується …</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ваш номер звернення для віконця:</translation>
    </message>
    <message>
        <source>Fill in from my ID card or passport</source>
        <translation>Заповнити з посвідчення або паспорта</translation>
    </message>
    <message>
        <source>Faster and without typing errors</source>
        <translation>Швидше і без помилок</translation>
    </message>
    <message>
        <source>The terminal's storage is full, so your form has not been sent.</source>
        <translation>Пам'ять термінала заповнена, тому вашу форму не надіслано.</translation>
    </message>
    <message>
        <source>The terminal could not store your form, so it has not been sent.</source>
        <translation>Термінал не зміг зберегти вашу форму, тому її не надіслано.</translation>
    </message>
    <message>
        <source>The filled form is being printed …</source>
        <translation>Заповнена форма друкується …</translation>
    </message>
    <message>
        <source>Please take the filled form from the printer to the counter.</source>
        <translation>Будь ласка, візьміть заповнену форму з принтера та віднесіть її до віконця.</translation>
    </message>
    <message>
        <source>The filled form could not be printed either. Please ask at the counter.</source>
        <translation>Заповнену форму також не вдалося надрукувати. Будь ласка, зверніться до віконця.</translation>
    </message>
    <message>
        <source>Your entries are still here. The terminal keeps trying to save them.</source>
        <translation>Ваші дані досі тут. Термінал і далі намагається їх зберегти.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Print the filled form for the counter</source>
        <translation>Надрукувати заповнену форму для віконця</translation>
    </message>
    <message>
        <source>Take a waiting number anyway</source>
        <translation>Усе одно взяти номер у черзі</translation>
    </message>
    <message>
        <source>Finish without a waiting number</source>
        <translation>Завершити без номера в черзі</translation>
    </message>
    <message>
        <source>Next step: take a waiting number. At the counter, your form is ready for the clerk.</source>
        <translation>Наступний крок: візьміть номер у черзі. Біля віконця ваша форма вже буде готова для працівника.</translation>
    </message>
    <message>
        <source>Questions marked “(optional)” can be left empty. All other questions need an answer.</source>
        <translation>Питання з позначкою «(необов’язково)» можна залишити без відповіді. На всі інші питання потрібно відповісти.</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Проблеми на цій сторінці: %1</translation>
    </message>
    <message>
        <source>Tap an entry to go to the question.</source>
        <translation>Торкніться пункту, щоб перейти до питання.</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <source>What do you need help with?</source>
        <translation>З чим вам потрібна допомога?</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>Допомога вже йде</translation>
    </message>
    <message>
        <source>Help has been requested</source>
        <translation>Допомогу викликано</translation>
    </message>
    <message>
        <source>Help with a form</source>
        <translation>Допомога з формою</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Технічна проблема</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Demo mode: this answer is simulated. No member of staff was notified.</source>
        <translation>Демонстраційний режим: цю відповідь змодельовано. Нікого з працівників не повідомлено.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Скасувати запит</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>More staff have been informed.</source>
        <translation>Повідомлено більше працівників.</translation>
    </message>
    <message>
        <source>Staff have been informed. Please stay at the terminal.</source>
        <translation>Працівників повідомлено. Будь ласка, залишайтеся біля термінала.</translation>
    </message>
    <message>
        <source>Please go to counter %1.</source>
        <translation>Будь ласка, підійдіть до віконця %1.</translation>
    </message>
    <message>
        <source>%1 is coming to you.</source>
        <translation>До вас іде: %1.</translation>
    </message>
    <message>
        <source>Someone is coming to you.</source>
        <translation>До вас підійде хтось із працівників.</translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>Ви чекаєте вже %n секунду.</numerusform>
            <numerusform>Ви чекаєте вже %n секунди.</numerusform>
            <numerusform>Ви чекаєте вже %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>Ви чекаєте вже %n хвилину.</numerusform>
            <numerusform>Ви чекаєте вже %n хвилини.</numerusform>
            <numerusform>Ви чекаєте вже %n хвилин.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCardView</name>
    <message>
        <source>The card reader is not available</source>
        <translation>Пристрій для зчитування недоступний</translation>
    </message>
    <message>
        <source>The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.</source>
        <translation>Пристрій під екраном зараз не працює. Будь ласка, введіть свої дані вручну або зверніться до персоналу.</translation>
    </message>
    <message>
        <source>The chip of your document could not be read</source>
        <translation>Не вдалося зчитати чип вашого документа</translation>
    </message>
    <message>
        <source>Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.</source>
        <translation>Зніміть документ із пристрою, зачекайте хвилинку й покладіть його знову. Якщо не вийде знову, введіть свої дані вручну.</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>Перевірити форму</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Enter the six-digit access number</source>
        <translation>Введіть шестизначний номер доступу</translation>
    </message>
    <message>
        <source>Fill in from your ID document?</source>
        <translation>Заповнити з вашого документа?</translation>
    </message>
    <message>
        <source>German ID card</source>
        <translation>Німецьке посвідчення особи</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader below the screen.</source>
        <translation>Покладіть документ рівно на зчитувач під екраном.</translation>
    </message>
    <message>
        <source>No, I will type my details</source>
        <translation>Ні, я введу дані самостійно</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>Покладіть документ на зчитувач</translation>
    </message>
    <message>
        <source>Please check the number and try again.</source>
        <translation>Перевірте номер і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Please put the document back on the reader and keep it there.</source>
        <translation>Покладіть документ назад на зчитувач і не забирайте його.</translation>
    </message>
    <message>
        <source>Please type your details instead.</source>
        <translation>Будь ласка, введіть дані вручну.</translation>
    </message>
    <message>
        <source>Reading … please keep the document on the reader</source>
        <translation>Зчитування … не забирайте документ зі зчитувача</translation>
    </message>
    <message>
        <source>The access number is printed at the bottom right of the front side.</source>
        <translation>Номер доступу надруковано спереду внизу праворуч.</translation>
    </message>
    <message>
        <source>The document was removed too early</source>
        <translation>Документ забрали зарано</translation>
    </message>
    <message>
        <source>The number does not match this document</source>
        <translation>Номер не відповідає цьому документу</translation>
    </message>
    <message>
        <source>These details do not fit together. Please enter them again.</source>
        <translation>Ці дані не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <source>This document cannot be read here</source>
        <translation>Цей документ тут не можна зчитати</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.</source>
        <translation>Ми зчитуємо з чипа ваше ім'я, дату народження, громадянство, номер і строк дії документа, а також адресу, якщо вона є у вашому паспорті. Вони використовуються лише для заповнення цієї форми. Ваше фото не зберігається. Після завершення все видаляється.</translation>
    </message>
    <message>
        <source>Which document do you have?</source>
        <translation>Який у вас документ?</translation>
    </message>
    <message>
        <source>Yes, read my document</source>
        <translation>Так, зчитати документ</translation>
    </message>
    <message>
        <source>You find the access number on the front of your ID card, at the bottom right.</source>
        <translation>Номер доступу є на лицьовому боці посвідчення, внизу праворуч.</translation>
    </message>
    <message>
        <source>Your details have been filled in</source>
        <translation>Ваші дані заповнено</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader to the right of the screen.</source>
        <translation>Покладіть документ рівно на зчитувач праворуч від екрана.</translation>
    </message>
    <message>
        <source>The card reader is below the screen. Lay the document flat on it.</source>
        <translation>Зчитувач карток розташований під екраном. Покладіть на нього документ рівно.</translation>
    </message>
    <message>
        <source>The card reader is to the right of the screen. Lay the document flat on it.</source>
        <translation>Зчитувач карток розташований праворуч від екрана. Покладіть на нього документ рівно.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>Заповнено %n поле. Будь ласка, перевірте.</numerusform>
            <numerusform>Заповнено %n поля. Будь ласка, перевірте.</numerusform>
            <numerusform>Заповнено %n полів. Будь ласка, перевірте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>Заповнено %n поле. Машинозчитувана зона вашого документа містить помилку, тому уважно все перевірте.</numerusform>
            <numerusform>Заповнено %n поля. Машинозчитувана зона вашого документа містить помилку, тому уважно все перевірте.</numerusform>
            <numerusform>Заповнено %n полів. Машинозчитувана зона вашого документа містить помилку, тому уважно все перевірте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>Перевірте номер і спробуйте ще раз. Залишилася %n спроба.</numerusform>
            <numerusform>Перевірте номер і спробуйте ще раз. Залишилося %n спроби.</numerusform>
            <numerusform>Перевірте номер і спробуйте ще раз. Залишилося %n спроб.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <source>Copy it from the photo page of your passport: up to 9 letters and digits, top right.</source>
        <translation>Перепишіть його зі сторінки паспорта з фотографією: до 9 літер і цифр, угорі праворуч.</translation>
    </message>
    <message>
        <source>Day, month and year, as on the photo page of your passport. Example: 27 03 1985</source>
        <translation>День, місяць і рік, як на сторінці паспорта з фотографією. Приклад: 27 03 1985</translation>
    </message>
    <message>
        <source>This date is not possible. Please check day, month and year.</source>
        <translation>Така дата неможлива. Будь ласка, перевірте день, місяць і рік.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Так, продовжити</translation>
    </message>
    <message>
        <source>No, end now</source>
        <translation>Ні, завершити зараз</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>Для захисту ваших даних усе введене буде видалено через %n секунду.</numerusform>
            <numerusform>Для захисту ваших даних усе введене буде видалено через %n секунди.</numerusform>
            <numerusform>Для захисту ваших даних усе введене буде видалено через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>All buttons are now within reach in the lower part of the screen.</source>
        <translation>Усі кнопки тепер унизу екрана, у межах досяжності.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>The office's note, in German: %1</source>
        <translation>Повідомлення установи (німецькою): %1</translation>
    </message>
    <message>
        <source>We are closed right now</source>
        <translation>Зараз ми зачинені</translation>
    </message>
    <message>
        <source>All waiting numbers for today have been given out</source>
        <translation>Усі номери на сьогодні вже видано</translation>
    </message>
    <message>
        <source>Waiting numbers cannot be issued at the moment</source>
        <translation>Наразі неможливо видати номер у черзі</translation>
    </message>
    <message>
        <source>We open again: %1</source>
        <translation>Ми знову відчиняємося: %1</translation>
    </message>
    <message>
        <source>Please see the opening hours at the entrance.</source>
        <translation>Години роботи вказано біля входу.</translation>
    </message>
    <message>
        <source>Please come back on another working day, or book an appointment online.</source>
        <translation>Будь ласка, приходьте іншого робочого дня або запишіться на прийом онлайн.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Please ask at the information desk.</source>
        <translation>Принтер талонів не готовий. Зверніться, будь ласка, до довідкової.</translation>
    </message>
    <message>
        <source>Please ask at the information desk. We are sorry for the inconvenience.</source>
        <translation>Зверніться, будь ласка, до довідкової. Просимо вибачення за незручності.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
    </message>
    <message>
        <source>The terminal is being serviced. Please ask at the information desk.</source>
        <translation>Термінал зараз обслуговується. Зверніться, будь ласка, до довідкової.</translation>
    </message>
    <message>
        <source>The terminal has a technical fault. Please ask at the information desk.</source>
        <translation>У терміналі технічна несправність. Зверніться, будь ласка, до довідкової.</translation>
    </message>
    <message>
        <source>The terminal is closed today. Please ask at the information desk.</source>
        <translation>Сьогодні термінал не працює. Зверніться, будь ласка, до довідкової.</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment. Please ask at the information desk.</source>
        <translation>Зараз тут номери не видаються. Зверніться до довідкової.</translation>
    </message>
    <message>
        <source>QR code for booking an appointment online</source>
        <translation>QR-код для онлайн-запису</translation>
    </message>
    <message>
        <source>Scan the code with your phone to book an appointment: %1</source>
        <translation>Скануйте код телефоном, щоб записатися: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Велика літера</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Other keyboard</source>
        <translation>Інша клавіатура</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <source>Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).</source>
        <translation>Пишіть, як у паспорті чи посвідченні, латинськими літерами (A–Z, також Ä, Ö, Ü, ß).</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>Display and sound</source>
        <translation>Екран і звук</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір шрифту</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Звичайний шрифт</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Найбільший шрифт</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Everything within reach (wheelchair)</source>
        <translation>Усе в межах досяжності (візок)</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Читати екран уголос</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тихіше</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Гучність: %1 %</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Гучніше</translation>
    </message>
    <message>
        <source>Sounds when tapping</source>
        <translation>Звуки під час натискання</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Waiting number</source>
        <translation>Ваш номер у черзі</translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Орієнтовний час очікування: наразі невідомий</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Видано: %1</translation>
    </message>
    <message>
        <source>Please watch the display. Your number will be called.</source>
        <translation>Будь ласка, стежте за табло. Ваш номер буде викликано.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанція</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ваш номер звернення для віконця:</translation>
    </message>
    <message>
        <source>Form already sent, reference: %1</source>
        <translation>Форму вже надіслано, номер звернення: %1</translation>
    </message>
    <message>
        <source>Responsible for your data: %1.</source>
        <translation>Відповідальний за ваші дані: %1.</translation>
    </message>
    <message>
        <source>Your entries are used only to process this request.</source>
        <translation>Ваші дані використовуються лише для розгляду цієї заяви.</translation>
    </message>
    <message>
        <source>On this terminal they are stored encrypted for the office; the terminal itself cannot read them.</source>
        <translation>На цьому терміналі вони зберігаються лише в зашифрованому вигляді для установи; сам термінал не може їх прочитати.</translation>
    </message>
    <message>
        <source>On this terminal they are stored unencrypted.</source>
        <translation>На цьому терміналі вони зберігаються без шифрування.</translation>
    </message>
    <message>
        <source>They are deleted here as soon as the office's system has received them.</source>
        <translation>Їх буде видалено тут, щойно система установи їх отримає.</translation>
    </message>
    <message>
        <source>They are kept in the office's database for processing.</source>
        <translation>Вони зберігаються в базі даних установи для опрацювання.</translation>
    </message>
    <message>
        <source>Copies of the printouts are stored on the terminal and deleted within an hour.</source>
        <translation>Копії роздруківок зберігаються на терміналі й видаляються протягом години.</translation>
    </message>
    <message>
        <source>You have the right to access, correct and delete your data, to restrict its processing, and to complain to a data protection authority.</source>
        <translation>Ви маєте право на доступ до своїх даних, їх виправлення та видалення, на обмеження їх обробки, а також право подати скаргу до органу з захисту даних.</translation>
    </message>
    <message>
        <source>Full privacy notice:</source>
        <translation>Повне повідомлення про захист даних:</translation>
    </message>
    <message>
        <source>Filled form – NOT sent</source>
        <translation>Заповнена форма – НЕ надіслано</translation>
    </message>
    <message>
        <source>The terminal could not save this form. Please hand in this paper at the counter.</source>
        <translation>Термінал не зміг зберегти цю форму. Будь ласка, передайте цей папір у віконці.</translation>
    </message>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Орієнтовний час очікування: до однієї хвилини</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Орієнтовний час очікування: приблизно %n хвилина</numerusform>
            <numerusform>Орієнтовний час очікування: приблизно %n хвилини</numerusform>
            <numerusform>Орієнтовний час очікування: приблизно %n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Орієнтовний час очікування: до %n хвилини</numerusform>
            <numerusform>Орієнтовний час очікування: до %n хвилин</numerusform>
            <numerusform>Орієнтовний час очікування: до %n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Орієнтовний час очікування: %1–%n хвилина</numerusform>
            <numerusform>Орієнтовний час очікування: %1–%n хвилини</numerusform>
            <numerusform>Орієнтовний час очікування: %1–%n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Перед вами %n людина.</numerusform>
            <numerusform>Перед вами %n людини.</numerusform>
            <numerusform>Перед вами %n людей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>Якщо ця система їх відхилить, вони залишаються тут для персоналу й видаляються через %n день.</numerusform>
            <numerusform>Якщо ця система їх відхилить, вони залишаються тут для персоналу й видаляються через %n дні.</numerusform>
            <numerusform>Якщо ця система їх відхилить, вони залишаються тут для персоналу й видаляються через %n днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>Вони зберігаються на цьому терміналі для установи й видаляються через %n день.</numerusform>
            <numerusform>Вони зберігаються на цьому терміналі для установи й видаляються через %n дні.</numerusform>
            <numerusform>Вони зберігаються на цьому терміналі для установи й видаляються через %n днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>Копії роздруківок зберігаються на терміналі й видаляються через %n день.</numerusform>
            <numerusform>Копії роздруківок зберігаються на терміналі й видаляються через %n дні.</numerusform>
            <numerusform>Копії роздруківок зберігаються на терміналі й видаляються через %n днів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Your waiting number is being prepared …</source>
        <translation>Ваш номер у черзі готується …</translation>
    </message>
    <message>
        <source>Your waiting number</source>
        <translation>Ваш номер у черзі</translation>
    </message>
    <message>
        <source>People ahead of you: unknown</source>
        <translation>Людей перед вами: невідомо</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Ви наступні в черзі.</translation>
    </message>
    <message>
        <source>Your ticket is being printed …</source>
        <translation>Ваш талон друкується …</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>Будь ласка, візьміть талон із принтера внизу.</translation>
    </message>
    <message>
        <source>Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.</source>
        <translation>На жаль, талон не вдалося надрукувати. Ваш номер дійсний: запишіть його або сфотографуйте код.</translation>
    </message>
    <message>
        <source>Please watch the display in the waiting area. Your number will be called.</source>
        <translation>Стежте, будь ласка, за табло в зоні очікування. Ваш номер викличуть.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Your appointment: today at %1</source>
        <translation>Ваш запис: сьогодні о %1</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer to the right of the screen.</source>
        <translation>Будь ласка, візьміть талон із принтера праворуч від екрана.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot below the screen.</source>
        <translation>Талон виходить із щілини принтера під екраном.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot to the right of the screen.</source>
        <translation>Талон виходить із щілини принтера праворуч від екрана.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Перед вами %n людина.</numerusform>
            <numerusform>Перед вами %n людини.</numerusform>
            <numerusform>Перед вами %n людей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Display and sound</source>
        <translation>Екран і звук</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Start over</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to the Bürgerbüro</source>
        <translation>Ласкаво просимо до Бюро громадян</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>Будь ласка, оберіть мову</translation>
    </message>
    <message>
        <source>Some services are limited at the moment. Staff at the information desk will help you.</source>
        <translation>Деякі послуги зараз обмежені. Працівники довідкової вам допоможуть.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>Не бачите екран? Натисніть клавішу довідки на клавіатурі або утримуйте палець на вільному місці екрана %n секунду: термінал говоритиме з вами. Навушники: гніздо на клавіатурі.</numerusform>
            <numerusform>Не бачите екран? Натисніть клавішу довідки на клавіатурі або утримуйте палець на вільному місці екрана %n секунди: термінал говоритиме з вами. Навушники: гніздо на клавіатурі.</numerusform>
            <numerusform>Не бачите екран? Натисніть клавішу довідки на клавіатурі або утримуйте палець на вільному місці екрана %n секунд: термінал говоритиме з вами. Навушники: гніздо на клавіатурі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioGuide</name>
    <message>
        <source>Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.</source>
        <translation>Аудіорежим увімкнено. Переходьте між елементами клавішами зі стрілками; кожен елемент вам зачитується. Натисніть клавішу вибору посередині, щоб скористатися ним. Клавіша «Назад» повертає на крок назад або закриває вікно. Клавіша довідки повторює це пояснення. Клавіша підказки розповідає більше, зокрема що ви ввели. Інші клавіші змінюють гучність і швидкість мовлення.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Прапорець</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Варіант</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>Поле введення</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>Список вибору</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>вибрано</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>заповнено</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>порожнє</translation>
    </message>
    <message>
        <source>Keyboard. Move over the letters with the arrow keys, the select key types a letter. Done closes the keyboard.</source>
        <translation>Клавіатура. Переходьте між літерами клавішами зі стрілками, клавіша вибору вводить літеру. «Готово» закриває клавіатуру.</translation>
    </message>
    <message>
        <source>There is no step back here. To end, choose Start over.</source>
        <translation>Тут немає кроку назад. Щоб завершити, виберіть «Почати знову».</translation>
    </message>
    <message>
        <source>Audio mode is off.</source>
        <translation>Аудіорежим вимкнено.</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Press an arrow key to go to the first control.</source>
        <translation>Ще нічого не вибрано. Натисніть клавішу зі стрілкою, щоб перейти до першого елемента.</translation>
    </message>
    <message>
        <source>What you entered is read aloud only in audio mode, with headphones.</source>
        <translation>Введене вами зачитується лише в аудіорежимі, через навушники.</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <translation>Ви ввели: %1</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press the select key to type.</source>
        <translation>Ще нічого не введено. Натисніть клавішу вибору, щоб писати.</translation>
    </message>
    <message>
        <source>Press the select key to use this button.</source>
        <translation>Натисніть клавішу вибору, щоб скористатися цією кнопкою.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Швидше</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Повільніше</translation>
    </message>
    <message>
        <source>There is nothing to choose here.</source>
        <translation>Тут нічого вибрати.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Гучніше</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тихіше</translation>
    </message>
</context>
<context>
    <name>ScanLeaveDialog</name>
    <message>
        <source>You scanned an appointment code. Leave the form?</source>
        <translation>Ви відсканували код запису. Вийти з форми?</translation>
    </message>
    <message>
        <source>If you leave, what you entered in the form is deleted.</source>
        <translation>Якщо ви вийдете, введені у форму дані буде видалено.</translation>
    </message>
    <message>
        <source>Stay in the form</source>
        <translation>Залишитися у формі</translation>
    </message>
    <message>
        <source>Leave the form and check in</source>
        <translation>Вийти з форми та відмітити прибуття</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Clear entry</source>
        <translation>Очистити поле</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Пошук у списку</translation>
    </message>
    <message>
        <source>Search: type the first letters</source>
        <translation>Пошук: введіть перші літери</translation>
    </message>
    <message>
        <source>Nothing found. Please check the spelling.</source>
        <translation>Нічого не знайдено. Будь ласка, перевірте написання.</translation>
    </message>
    <message>
        <source>Found: %1. The first %2 are shown; type more letters.</source>
        <translation>Знайдено: %1. Показано перші %2; введіть більше літер.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Знайдено: %1</translation>
    </message>
    <message>
        <source>Frequent answers:</source>
        <translation>Часті відповіді:</translation>
    </message>
    <message>
        <source>Show only the frequent answers</source>
        <translation>Показати лише часті відповіді</translation>
    </message>
    <message>
        <source>Show the whole list (%1)</source>
        <translation>Показати весь список (%1)</translation>
    </message>
</context>
<context>
    <name>AttractPanel</name>
    <message>
        <source>Touch to start</source>
        <translation>Торкніться, щоб почати</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Взяти номер у черзі</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Відмітити прибуття на прийом</translation>
    </message>
    <message>
        <source>Fill in a form</source>
        <translation>Заповнити бланк</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Отримати допомогу</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Орієнтовний час очікування: до однієї хвилини</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Орієнтовний час очікування: приблизно %n хвилина</numerusform>
            <numerusform>Орієнтовний час очікування: приблизно %n хвилини</numerusform>
            <numerusform>Орієнтовний час очікування: приблизно %n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Орієнтовний час очікування: до %n хвилини</numerusform>
            <numerusform>Орієнтовний час очікування: до %n хвилин</numerusform>
            <numerusform>Орієнтовний час очікування: до %n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Орієнтовний час очікування: %1–%n хвилина</numerusform>
            <numerusform>Орієнтовний час очікування: %1–%n хвилини</numerusform>
            <numerusform>Орієнтовний час очікування: %1–%n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Орієнтовний час очікування: наразі невідомий</translation>
    </message>
</context>
</TS>
