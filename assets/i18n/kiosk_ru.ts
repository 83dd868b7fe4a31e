<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>Your appointment</source>
        <translation>Ваша запись</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Вы пришли слишком рано</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Время вашей записи уже прошло</translation>
    </message>
    <message>
        <source>Appointments cannot be checked right now</source>
        <translation>Сейчас невозможно проверить записи</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Отметить прибытие на приём</translation>
    </message>
    <message>
        <source>Hold the QR code of your confirmation under the scanner, or type your booking code.</source>
        <translation>Поднесите QR-код из подтверждения записи к сканеру или введите код записи.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Код записи</translation>
    </message>
    <message>
        <source>This is not a valid booking code. Please check it.</source>
        <translation>Это недействительный код записи. Пожалуйста, проверьте его.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this code.</source>
        <translation>Мы не нашли записи с этим кодом.</translation>
    </message>
    <message>
        <source>Looking up your appointment …</source>
        <translation>Ищем вашу запись …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Найти мою запись</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Сегодня в %1</translation>
    </message>
    <message>
        <source>Please come back at %1. You can check in from then on.</source>
        <translation>Пожалуйста, приходите в %1. С этого времени можно отметить прибытие.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead. We will serve you as soon as possible.</source>
        <translation>Вместо этого вы можете взять номер в очереди. Мы обслужим вас как можно скорее.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Отметить прибытие</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Взять номер в очереди</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
    <message>
        <source>Your appointment is on another day</source>
        <translation>Ваша запись на другой день</translation>
    </message>
    <message>
        <source>You have already been called</source>
        <translation>Вас уже вызвали</translation>
    </message>
    <message>
        <source>This appointment is already finished</source>
        <translation>Эта запись уже завершена</translation>
    </message>
    <message>
        <source>Your number was called while you were away</source>
        <translation>Ваш номер вызвали, когда вас не было</translation>
    </message>
    <message>
        <source>This is a waiting number, not an appointment</source>
        <translation>Это номер в очереди, а не запись</translation>
    </message>
    <message>
        <source>This appointment was cancelled</source>
        <translation>Эта запись отменена</translation>
    </message>
    <message>
        <source>This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.</source>
        <translation>У этого кода записи длинный ключ, который нельзя ввести вручную. Поднесите QR-код вашего подтверждения к сканеру или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>On %1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Please come back on the day of your appointment.</source>
        <translation>Пожалуйста, приходите в день вашей записи.</translation>
    </message>
    <message>
        <source>Please watch the display and go to the counter shown there.</source>
        <translation>Следите за табло и подойдите к указанному там окну.</translation>
    </message>
    <message>
        <source>If you need anything else, please take a waiting number or ask at the information desk.</source>
        <translation>Если вам нужно что-то ещё, возьмите номер в очереди или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>Пожалуйста, обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Your number is %1. Please watch the display.</source>
        <translation>Ваш номер %1. Следите за табло.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead, or ask at the information desk.</source>
        <translation>Вы можете вместо этого взять номер в очереди или обратиться к стойке информации.</translation>
    </message>
    <message>
        <source>The scanner is below the screen. Hold the code under its window.</source>
        <translation>Сканер находится под экраном. Держите код под его окошком.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen. Hold the code under its window.</source>
        <translation>Сканер находится справа от экрана. Держите код под его окошком.</translation>
    </message>
    <message>
        <source>%1 (in German)</source>
        <translation>%1 (название на немецком)</translation>
    </message>
</context>
<context>
    <name>ConcernChoiceView</name>
    <message>
        <source>About 5 minutes. Your ID card can fill in your name.</source>
        <translation>Около 5 минут. Имя можно внести автоматически из удостоверения личности.</translation>
    </message>
    <message>
        <source>Fill in the form now</source>
        <translation>Заполнить форму сейчас</translation>
    </message>
    <message>
        <source>Only take a waiting number</source>
        <translation>Только взять номер в очереди, без формы</translation>
    </message>
    <message>
        <source>You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.</source>
        <translation>Вы можете заполнить форму прямо здесь. Тогда ваши данные поступят к окну обслуживания раньше вас, и приём пройдёт быстрее.</translation>
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
        <translation>Чем мы можем вам помочь?</translation>
    </message>
    <message>
        <source>No more numbers today</source>
        <translation>На сегодня номеров больше нет</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>У меня есть запись</translation>
    </message>
    <message>
        <source>Scan or type the code of your confirmation</source>
        <translation>Отсканируйте или введите код из подтверждения записи</translation>
    </message>
    <message>
        <source>Closed right now</source>
        <translation>Сейчас закрыто</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment</source>
        <translation>Сейчас здесь номера не выдаются</translation>
    </message>
    <message>
        <source>Not available at this terminal</source>
        <translation>Недоступно на этом терминале</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>QR-код: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone: %1</source>
        <translation>Отсканируйте код телефоном: %1</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Прокрутить вверх</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Прокрутить вниз</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Add another person</source>
        <translation>Добавить ещё одного человека</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Стереть подпись</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Распишитесь здесь пальцем</translation>
    </message>
    <message>
        <source>Taken from your ID document. Please check it.</source>
        <translation>Взято из вашего документа. Пожалуйста, проверьте.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>For example: 27 03 1985</source>
        <translation>Например: 27 03 1985</translation>
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
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>Пожалуйста, проверьте ваши данные</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer below.</source>
        <translation>Пожалуйста, возьмите квитанцию из принтера внизу.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Take a waiting number for this concern</source>
        <translation>Взять номер в очереди по этому вопросу</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference.</source>
        <translation>Не удалось распечатать квитанцию. Пожалуйста, запишите номер обращения.</translation>
    </message>
    <message>
        <source>Your form could not be saved</source>
        <translation>Не удалось сохранить вашу форму</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Ваша форма отправлена</translation>
    </message>
    <message>
        <source>Your receipt is being printed …</source>
        <translation>Квитанция печатается …</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ваш номер обращения для окна обслуживания:</translation>
    </message>
    <message>
        <source>Fill in from my ID card or passport</source>
        <translation>Заполнить из удостоверения личности или паспорта</translation>
    </message>
    <message>
        <source>Faster and without typing errors</source>
        <translation>Быстрее и без опечаток</translation>
    </message>
    <message>
        <source>The terminal's storage is full, so your form has not been sent.</source>
        <translation>Память терминала заполнена, поэтому ваша форма не отправлена.</translation>
    </message>
    <message>
        <source>The terminal could not store your form, so it has not been sent.</source>
        <translation>Терминал не смог сохранить вашу форму, поэтому она не отправлена.</translation>
    </message>
    <message>
        <source>The filled form is being printed …</source>
        <translation>Заполненная форма печатается …</translation>
    </message>
    <message>
        <source>Please take the filled form from the printer to the counter.</source>
        <translation>Пожалуйста, возьмите заполненную форму из принтера и отнесите её в окно обслуживания.</translation>
    </message>
    <message>
        <source>The filled form could not be printed either. Please ask at the counter.</source>
        <translation>Заполненную форму также не удалось распечатать. Пожалуйста, обратитесь в окно обслуживания.</translation>
    </message>
    <message>
        <source>Your entries are still here. The terminal keeps trying to save them.</source>
        <translation>Ваши данные всё ещё здесь. Терминал продолжает пытаться их сохранить.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Print the filled form for the counter</source>
        <translation>Распечатать заполненную форму для окна обслуживания</translation>
    </message>
    <message>
        <source>Take a waiting number anyway</source>
        <translation>Всё равно взять номер в очереди</translation>
    </message>
    <message>
        <source>Finish without a waiting number</source>
        <translation>Завершить без номера в очереди</translation>
    </message>
    <message>
        <source>Next step: take a waiting number. At the counter, your form is ready for the clerk.</source>
        <translation>Следующий шаг: возьмите номер в очереди. В окне обслуживания ваша форма уже будет готова для сотрудника.</translation>
    </message>
    <message>
        <source>Questions marked “(optional)” can be left empty. All other questions need an answer.</source>
        <translation>Вопросы с пометкой «(необязательно)» можно оставить без ответа. На все остальные вопросы нужно ответить.</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Проблемы на этой странице: %1</translation>
    </message>
    <message>
        <source>Tap an entry to go to the question.</source>
        <translation>Коснитесь пункта, чтобы перейти к вопросу.</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <source>What do you need help with?</source>
        <translation>С чем вам нужна помощь?</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>Помощь уже в пути</translation>
    </message>
    <message>
        <source>Help has been requested</source>
        <translation>Помощь вызвана</translation>
    </message>
    <message>
        <source>Help with a form</source>
        <translation>Помощь с формой</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Техническая проблема</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Demo mode: this answer is simulated. No member of staff was notified.</source>
        <translation>Демонстрационный режим: этот ответ смоделирован. Никто из сотрудников не получил уведомления.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Отменить вызов</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>More staff have been informed.</source>
        <translation>Уведомлены и другие сотрудники.</translation>
    </message>
    <message>
        <source>Staff have been informed. Please stay at the terminal.</source>
        <translation>Сотрудники уведомлены. Пожалуйста, оставайтесь у терминала.</translation>
    </message>
    <message>
        <source>Please go to counter %1.</source>
        <translation>Пожалуйста, подойдите к окну %1.</translation>
    </message>
    <message>
        <source>%1 is coming to you.</source>
        <translation>К вам идёт: %1.</translation>
    </message>
    <message>
        <source>Someone is coming to you.</source>
        <translation>К вам подойдёт кто-то из сотрудников.</translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>Вы ждёте уже %n секунду.</numerusform>
            <numerusform>Вы ждёте уже %n секунды.</numerusform>
            <numerusform>Вы ждёте уже %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>Вы ждёте уже %n минуту.</numerusform>
            <numerusform>Вы ждёте уже %n минуты.</numerusform>
            <numerusform>Вы ждёте уже %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCardView</name>
    <message>
        <source>The card reader is not available</source>
        <translation>Считыватель карт недоступен</translation>
    </message>
    <message>
        <source>The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.</source>
        <translation>Считыватель под экраном сейчас не работает. Пожалуйста, введите свои данные вручную или обратитесь к персоналу.</translation>
    </message>
    <message>
        <source>The chip of your document could not be read</source>
        <translation>Не удалось прочитать чип вашего документа</translation>
    </message>
    <message>
        <source>Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.</source>
        <translation>Снимите документ со считывателя, подождите немного и положите его снова. Если снова не получится, введите свои данные вручную.</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>Проверить форму</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Enter the six-digit access number</source>
        <translation>Введите шестизначный номер доступа</translation>
    </message>
    <message>
        <source>Fill in from your ID document?</source>
        <translation>Заполнить данными из вашего документа?</translation>
    </message>
    <message>
        <source>German ID card</source>
        <translation>Немецкое удостоверение личности</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader below the screen.</source>
        <translation>Положите документ ровно на считывающее устройство под экраном.</translation>
    </message>
    <message>
        <source>No, I will type my details</source>
        <translation>Нет, ввести данные вручную</translation>
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
        <translation>Положите документ на считывающее устройство</translation>
    </message>
    <message>
        <source>Please check the number and try again.</source>
        <translation>Пожалуйста, проверьте номер и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Please put the document back on the reader and keep it there.</source>
        <translation>Пожалуйста, снова положите документ на считывающее устройство и не убирайте его.</translation>
    </message>
    <message>
        <source>Please type your details instead.</source>
        <translation>Пожалуйста, введите данные вручную.</translation>
    </message>
    <message>
        <source>Reading … please keep the document on the reader</source>
        <translation>Идёт чтение … пожалуйста, не убирайте документ со считывающего устройства</translation>
    </message>
    <message>
        <source>The access number is printed at the bottom right of the front side.</source>
        <translation>Номер доступа напечатан на лицевой стороне справа внизу.</translation>
    </message>
    <message>
        <source>The document was removed too early</source>
        <translation>Документ убрали слишком рано</translation>
    </message>
    <message>
        <source>The number does not match this document</source>
        <translation>Номер не соответствует этому документу</translation>
    </message>
    <message>
        <source>These details do not fit together. Please enter them again.</source>
        <translation>Эти данные не согласуются между собой. Пожалуйста, введите их ещё раз.</translation>
    </message>
    <message>
        <source>This document cannot be read here</source>
        <translation>Этот документ здесь прочитать нельзя</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.</source>
        <translation>Мы считываем с чипа ваше имя, дату рождения, гражданство, а также номер и срок действия документа и адрес, если он есть в вашем паспорте. Эти данные используются только для заполнения этой формы. Ваша фотография не сохраняется. Всё удаляется, когда вы закончите.</translation>
    </message>
    <message>
        <source>Which document do you have?</source>
        <translation>Какой у вас документ?</translation>
    </message>
    <message>
        <source>Yes, read my document</source>
        <translation>Да, считать мой документ</translation>
    </message>
    <message>
        <source>You find the access number on the front of your ID card, at the bottom right.</source>
        <translation>Номер доступа находится на лицевой стороне удостоверения личности, справа внизу.</translation>
    </message>
    <message>
        <source>Your details have been filled in</source>
        <translation>Ваши данные внесены</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader to the right of the screen.</source>
        <translation>Положите документ ровно на считывающее устройство справа от экрана.</translation>
    </message>
    <message>
        <source>The card reader is below the screen. Lay the document flat on it.</source>
        <translation>Считывающее устройство находится под экраном. Положите на него документ ровно.</translation>
    </message>
    <message>
        <source>The card reader is to the right of the screen. Lay the document flat on it.</source>
        <translation>Считывающее устройство находится справа от экрана. Положите на него документ ровно.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>Заполнено %n поле. Пожалуйста, проверьте.</numerusform>
            <numerusform>Заполнено %n поля. Пожалуйста, проверьте.</numerusform>
            <numerusform>Заполнено %n полей. Пожалуйста, проверьте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>Заполнено %n поле. В машиночитаемой зоне вашего документа есть ошибка, поэтому внимательно всё проверьте.</numerusform>
            <numerusform>Заполнено %n поля. В машиночитаемой зоне вашего документа есть ошибка, поэтому внимательно всё проверьте.</numerusform>
            <numerusform>Заполнено %n полей. В машиночитаемой зоне вашего документа есть ошибка, поэтому внимательно всё проверьте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>Пожалуйста, проверьте номер и попробуйте ещё раз. Осталась %n попытка.</numerusform>
            <numerusform>Пожалуйста, проверьте номер и попробуйте ещё раз. Осталось %n попытки.</numerusform>
            <numerusform>Пожалуйста, проверьте номер и попробуйте ещё раз. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Copy it from the photo page of your passport: up to 9 letters and digits, top right.</source>
        <translation>Перепишите его со страницы паспорта с фотографией: до 9 букв и цифр, вверху справа.</translation>
    </message>
    <message>
        <source>Day, month and year, as on the photo page of your passport. Example: 27 03 1985</source>
        <translation>День, месяц и год, как на странице паспорта с фотографией. Пример: 27 03 1985</translation>
    </message>
    <message>
        <source>This date is not possible. Please check day, month and year.</source>
        <translation>Такая дата невозможна. Пожалуйста, проверьте день, месяц и год.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Да, продолжить</translation>
    </message>
    <message>
        <source>No, end now</source>
        <translation>Нет, завершить</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>Для защиты ваших данных всё, что вы ввели, будет удалено через %n секунду.</numerusform>
            <numerusform>Для защиты ваших данных всё, что вы ввели, будет удалено через %n секунды.</numerusform>
            <numerusform>Для защиты ваших данных всё, что вы ввели, будет удалено через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>All buttons are now within reach in the lower part of the screen.</source>
        <translation>Все кнопки теперь в нижней части экрана, в пределах досягаемости.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>The office's note, in German: %1</source>
        <translation>Сообщение учреждения (на немецком): %1</translation>
    </message>
    <message>
        <source>We are closed right now</source>
        <translation>Сейчас мы закрыты</translation>
    </message>
    <message>
        <source>All waiting numbers for today have been given out</source>
        <translation>На сегодня все номера в очереди уже выданы</translation>
    </message>
    <message>
        <source>Waiting numbers cannot be issued at the moment</source>
        <translation>Сейчас невозможно выдать номера в очереди</translation>
    </message>
    <message>
        <source>We open again: %1</source>
        <translation>Мы снова откроемся: %1</translation>
    </message>
    <message>
        <source>Please see the opening hours at the entrance.</source>
        <translation>Часы работы указаны у входа.</translation>
    </message>
    <message>
        <source>Please come back on another working day, or book an appointment online.</source>
        <translation>Пожалуйста, приходите в другой рабочий день или запишитесь на приём онлайн.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Please ask at the information desk.</source>
        <translation>Принтер талонов не готов к работе. Пожалуйста, обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Please ask at the information desk. We are sorry for the inconvenience.</source>
        <translation>Пожалуйста, обратитесь к стойке информации. Приносим извинения за неудобства.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
    <message>
        <source>The terminal is being serviced. Please ask at the information desk.</source>
        <translation>На терминале проводится техническое обслуживание. Пожалуйста, обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>The terminal has a technical fault. Please ask at the information desk.</source>
        <translation>В терминале техническая неисправность. Пожалуйста, обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>The terminal is closed today. Please ask at the information desk.</source>
        <translation>Сегодня терминал не работает. Пожалуйста, обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment. Please ask at the information desk.</source>
        <translation>Сейчас здесь номера не выдаются. Обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>QR code for booking an appointment online</source>
        <translation>QR-код для онлайн-записи</translation>
    </message>
    <message>
        <source>Scan the code with your phone to book an appointment: %1</source>
        <translation>Отсканируйте код телефоном, чтобы записаться: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Заглавная буква</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Other keyboard</source>
        <translation>Другая клавиатура</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).</source>
        <translation>Пишите, как в паспорте или удостоверении, латинскими буквами (A–Z, также Ä, Ö, Ü, ß).</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>Display and sound</source>
        <translation>Экран и звук</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Обычный шрифт</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный шрифт</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Очень крупный шрифт</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Everything within reach (wheelchair)</source>
        <translation>Всё в пределах досягаемости (для инвалидной коляски)</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Читать текст на экране вслух</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Громкость: %1 %</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
    <message>
        <source>Sounds when tapping</source>
        <translation>Звуки при нажатии</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Waiting number</source>
        <translation>Номер в очереди</translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Примерное время ожидания: неизвестно</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Выдан: %1</translation>
    </message>
    <message>
        <source>Please watch the display. Your number will be called.</source>
        <translation>Пожалуйста, следите за табло. Ваш номер вызовут.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Ваш номер обращения для окна обслуживания:</translation>
    </message>
    <message>
        <source>Form already sent, reference: %1</source>
        <translation>Форма уже отправлена, номер обращения: %1</translation>
    </message>
    <message>
        <source>Responsible for your data: %1.</source>
        <translation>Ответственный за ваши данные: %1.</translation>
    </message>
    <message>
        <source>Your entries are used only to process this request.</source>
        <translation>Ваши данные используются только для рассмотрения этого заявления.</translation>
    </message>
    <message>
        <source>On this terminal they are stored encrypted for the office; the terminal itself cannot read them.</source>
        <translation>На этом терминале они хранятся только в зашифрованном виде для ведомства; сам терминал не может их прочитать.</translation>
    </message>
    <message>
        <source>On this terminal they are stored unencrypted.</source>
        <translation>На этом терминале они хранятся в незашифрованном виде.</translation>
    </message>
    <message>
        <source>They are deleted here as soon as the office's system has received them.</source>
        <translation>Они удаляются здесь, как только система ведомства их получит.</translation>
    </message>
    <message>
        <source>They are kept in the office's database for processing.</source>
        <translation>Они хранятся в базе данных ведомства для обработки.</translation>
    </message>
    <message>
        <source>Copies of the printouts are stored on the terminal and deleted within an hour.</source>
        <translation>Копии распечаток хранятся на терминале и удаляются в течение часа.</translation>
    </message>
    <message>
        <source>You have the right to access, correct and delete your data, to restrict its processing, and to complain to a data protection authority.</source>
        <translation>Вы имеете право на доступ к своим данным, их исправление и удаление, на ограничение их обработки, а также право подать жалобу в орган по защите данных.</translation>
    </message>
    <message>
        <source>Full privacy notice:</source>
        <translation>Полное уведомление о защите данных:</translation>
    </message>
    <message>
        <source>Filled form – NOT sent</source>
        <translation>Заполненная форма – НЕ отправлена</translation>
    </message>
    <message>
        <source>The terminal could not save this form. Please hand in this paper at the counter.</source>
        <translation>Терминал не смог сохранить эту форму. Пожалуйста, сдайте этот лист в окне обслуживания.</translation>
    </message>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Примерное время ожидания: не более минуты</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Примерное время ожидания: примерно %n минута</numerusform>
            <numerusform>Примерное время ожидания: примерно %n минуты</numerusform>
            <numerusform>Примерное время ожидания: примерно %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Примерное время ожидания: до %n минуты</numerusform>
            <numerusform>Примерное время ожидания: до %n минут</numerusform>
            <numerusform>Примерное время ожидания: до %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Примерное время ожидания: %1–%n минута</numerusform>
            <numerusform>Примерное время ожидания: %1–%n минуты</numerusform>
            <numerusform>Примерное время ожидания: %1–%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Перед вами %n человек.</numerusform>
            <numerusform>Перед вами %n человека.</numerusform>
            <numerusform>Перед вами %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>Если эта система их отклонит, они остаются здесь для сотрудников и удаляются через %n день.</numerusform>
            <numerusform>Если эта система их отклонит, они остаются здесь для сотрудников и удаляются через %n дня.</numerusform>
            <numerusform>Если эта система их отклонит, они остаются здесь для сотрудников и удаляются через %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>Они хранятся на этом терминале для ведомства и удаляются через %n день.</numerusform>
            <numerusform>Они хранятся на этом терминале для ведомства и удаляются через %n дня.</numerusform>
            <numerusform>Они хранятся на этом терминале для ведомства и удаляются через %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>Копии распечаток хранятся на терминале и удаляются через %n день.</numerusform>
            <numerusform>Копии распечаток хранятся на терминале и удаляются через %n дня.</numerusform>
            <numerusform>Копии распечаток хранятся на терминале и удаляются через %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Your waiting number is being prepared …</source>
        <translation>Ваш номер в очереди готовится …</translation>
    </message>
    <message>
        <source>Your waiting number</source>
        <translation>Ваш номер в очереди</translation>
    </message>
    <message>
        <source>People ahead of you: unknown</source>
        <translation>Человек перед вами: неизвестно</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Ваша очередь следующая.</translation>
    </message>
    <message>
        <source>Your ticket is being printed …</source>
        <translation>Талон печатается …</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>Пожалуйста, возьмите талон из принтера внизу.</translation>
    </message>
    <message>
        <source>Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.</source>
        <translation>К сожалению, талон не удалось распечатать. Ваш номер действителен: запишите его или сфотографируйте код.</translation>
    </message>
    <message>
        <source>Please watch the display in the waiting area. Your number will be called.</source>
        <translation>Пожалуйста, следите за табло в зоне ожидания. Ваш номер вызовут.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Your appointment: today at %1</source>
        <translation>Ваша запись: сегодня в %1</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer to the right of the screen.</source>
        <translation>Пожалуйста, возьмите талон из принтера справа от экрана.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot below the screen.</source>
        <translation>Талон выходит из щели принтера под экраном.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot to the right of the screen.</source>
        <translation>Талон выходит из щели принтера справа от экрана.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Перед вами %n человек.</numerusform>
            <numerusform>Перед вами %n человека.</numerusform>
            <numerusform>Перед вами %n человек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Display and sound</source>
        <translation>Экран и звук</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to the Bürgerbüro</source>
        <translation>Добро пожаловать в бюро обслуживания граждан</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>Пожалуйста, выберите язык</translation>
    </message>
    <message>
        <source>Some services are limited at the moment. Staff at the information desk will help you.</source>
        <translation>Некоторые услуги сейчас ограничены. Сотрудники у стойки информации вам помогут.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>Не видите экран? Нажмите клавишу справки на клавиатуре или удерживайте палец на свободном месте экрана %n секунду: терминал будет говорить с вами. Наушники: гнездо на клавиатуре.</numerusform>
            <numerusform>Не видите экран? Нажмите клавишу справки на клавиатуре или удерживайте палец на свободном месте экрана %n секунды: терминал будет говорить с вами. Наушники: гнездо на клавиатуре.</numerusform>
            <numerusform>Не видите экран? Нажмите клавишу справки на клавиатуре или удерживайте палец на свободном месте экрана %n секунд: терминал будет говорить с вами. Наушники: гнездо на клавиатуре.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioGuide</name>
    <message>
        <source>Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.</source>
        <translation>Аудиорежим включён. Переходите между элементами клавишами со стрелками; каждый элемент вам зачитывается. Нажмите клавишу выбора в центре, чтобы воспользоваться им. Клавиша «Назад» возвращает на шаг назад или закрывает окно. Клавиша справки повторяет это объяснение. Клавиша подсказки сообщает больше, в том числе что вы ввели. Другие клавиши меняют громкость и скорость речи.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>Поле ввода</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>Список выбора</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>Keyboard. Move over the letters with the arrow keys, the select key types a letter. Done closes the keyboard.</source>
        <translation>Клавиатура. Переходите между буквами клавишами со стрелками, клавиша выбора вводит букву. «Готово» закрывает клавиатуру.</translation>
    </message>
    <message>
        <source>There is no step back here. To end, choose Start over.</source>
        <translation>Здесь нет шага назад. Чтобы завершить, выберите «Начать заново».</translation>
    </message>
    <message>
        <source>Audio mode is off.</source>
        <translation>Аудиорежим выключен.</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Press an arrow key to go to the first control.</source>
        <translation>Пока ничего не выбрано. Нажмите клавишу со стрелкой, чтобы перейти к первому элементу.</translation>
    </message>
    <message>
        <source>What you entered is read aloud only in audio mode, with headphones.</source>
        <translation>Введённое вами зачитывается только в аудиорежиме, через наушники.</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <translation>Вы ввели: %1</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press the select key to type.</source>
        <translation>Пока ничего не введено. Нажмите клавишу выбора, чтобы писать.</translation>
    </message>
    <message>
        <source>Press the select key to use this button.</source>
        <translation>Нажмите клавишу выбора, чтобы воспользоваться этой кнопкой.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Быстрее</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <source>There is nothing to choose here.</source>
        <translation>Здесь нечего выбрать.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
</context>
<context>
    <name>ScanLeaveDialog</name>
    <message>
        <source>You scanned an appointment code. Leave the form?</source>
        <translation>Вы отсканировали код записи. Выйти из формы?</translation>
    </message>
    <message>
        <source>If you leave, what you entered in the form is deleted.</source>
        <translation>Если вы выйдете, введённые в форму данные будут удалены.</translation>
    </message>
    <message>
        <source>Stay in the form</source>
        <translation>Остаться в форме</translation>
    </message>
    <message>
        <source>Leave the form and check in</source>
        <translation>Выйти из формы и отметить прибытие</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Clear entry</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Поиск по списку</translation>
    </message>
    <message>
        <source>Search: type the first letters</source>
        <translation>Поиск: введите первые буквы</translation>
    </message>
    <message>
        <source>Nothing found. Please check the spelling.</source>
        <translation>Ничего не найдено. Пожалуйста, проверьте написание.</translation>
    </message>
    <message>
        <source>Found: %1. The first %2 are shown; type more letters.</source>
        <translation>Найдено: %1. Показаны первые %2; введите больше букв.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Frequent answers:</source>
        <translation>Частые ответы:</translation>
    </message>
    <message>
        <source>Show only the frequent answers</source>
        <translation>Показать только частые ответы</translation>
    </message>
    <message>
        <source>Show the whole list (%1)</source>
        <translation>Показать весь список (%1)</translation>
    </message>
</context>
<context>
    <name>AttractPanel</name>
    <message>
        <source>Touch to start</source>
        <translation>Коснитесь, чтобы начать</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Взять номер в очереди</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Отметить прибытие на приём</translation>
    </message>
    <message>
        <source>Fill in a form</source>
        <translation>Заполнить бланк</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Получить помощь</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Примерное время ожидания: не более минуты</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Примерное время ожидания: примерно %n минута</numerusform>
            <numerusform>Примерное время ожидания: примерно %n минуты</numerusform>
            <numerusform>Примерное время ожидания: примерно %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Примерное время ожидания: до %n минуты</numerusform>
            <numerusform>Примерное время ожидания: до %n минут</numerusform>
            <numerusform>Примерное время ожидания: до %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Примерное время ожидания: %1–%n минута</numerusform>
            <numerusform>Примерное время ожидания: %1–%n минуты</numerusform>
            <numerusform>Примерное время ожидания: %1–%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Примерное время ожидания: неизвестно</translation>
    </message>
</context>
</TS>
