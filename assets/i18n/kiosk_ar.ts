<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>Your appointment</source>
        <translation>موعدكم</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>لقد وصلتم مبكرًا</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>لقد فات وقت موعدكم</translation>
    </message>
    <message>
        <source>Appointments cannot be checked right now</source>
        <translation>لا يمكن التحقق من المواعيد الآن</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>تسجيل الحضور للموعد</translation>
    </message>
    <message>
        <source>Hold the QR code of your confirmation under the scanner, or type your booking code.</source>
        <translation>يرجى وضع رمز QR الموجود في تأكيد الموعد تحت الماسح الضوئي، أو كتابة رمز الحجز.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>رمز الحجز</translation>
    </message>
    <message>
        <source>This is not a valid booking code. Please check it.</source>
        <translation>هذا ليس رمز حجز صالحًا. يرجى التحقق منه.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this code.</source>
        <translation>لم نعثر على موعد بهذا الرمز.</translation>
    </message>
    <message>
        <source>Looking up your appointment …</source>
        <translation>جارٍ البحث عن موعدكم …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>البحث عن موعدي</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>اليوم الساعة %1</translation>
    </message>
    <message>
        <source>Please come back at %1. You can check in from then on.</source>
        <translation>يرجى العودة الساعة %1. يمكنكم تسجيل الحضور اعتبارًا من ذلك الوقت.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead. We will serve you as soon as possible.</source>
        <translation>يمكنكم بدلًا من ذلك أخذ رقم انتظار. سنخدمكم في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>تسجيل الحضور الآن</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>أخذ رقم انتظار</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>Your appointment is on another day</source>
        <translation>موعدكم في يوم آخر</translation>
    </message>
    <message>
        <source>You have already been called</source>
        <translation>تم استدعاؤكم بالفعل</translation>
    </message>
    <message>
        <source>This appointment is already finished</source>
        <translation>هذا الموعد انتهى بالفعل</translation>
    </message>
    <message>
        <source>Your number was called while you were away</source>
        <translation>تم استدعاء رقمكم أثناء غيابكم</translation>
    </message>
    <message>
        <source>This is a waiting number, not an appointment</source>
        <translation>هذا رقم انتظار وليس موعدًا</translation>
    </message>
    <message>
        <source>This appointment was cancelled</source>
        <translation>تم إلغاء هذا الموعد</translation>
    </message>
    <message>
        <source>This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.</source>
        <translation>رمز الحجز هذا يحتوي على مفتاح طويل لا يمكن كتابته. يرجى وضع رمز QR من التأكيد تحت الماسح الضوئي أو السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>On %1 at %2</source>
        <translation>يوم %1 الساعة %2</translation>
    </message>
    <message>
        <source>Please come back on the day of your appointment.</source>
        <translation>يرجى العودة في يوم موعدكم.</translation>
    </message>
    <message>
        <source>Please watch the display and go to the counter shown there.</source>
        <translation>يرجى متابعة الشاشة والتوجه إلى الشباك المعروض عليها.</translation>
    </message>
    <message>
        <source>If you need anything else, please take a waiting number or ask at the information desk.</source>
        <translation>إذا كنتم بحاجة إلى شيء آخر، يرجى أخذ رقم انتظار أو السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>يرجى السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>Your number is %1. Please watch the display.</source>
        <translation>رقمكم %1. يرجى متابعة الشاشة.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead, or ask at the information desk.</source>
        <translation>يمكنكم بدلاً من ذلك أخذ رقم انتظار أو السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>The scanner is below the screen. Hold the code under its window.</source>
        <translation>الماسح الضوئي أسفل الشاشة. يُرجى إمساك الرمز تحت نافذته.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen. Hold the code under its window.</source>
        <translation>الماسح الضوئي على يمين الشاشة. يُرجى إمساك الرمز تحت نافذته.</translation>
    </message>
    <message>
        <source>%1 (in German)</source>
        <translation>%1 (الاسم بالألمانية)</translation>
    </message>
</context>
<context>
    <name>ConcernChoiceView</name>
    <message>
        <source>About 5 minutes. Your ID card can fill in your name.</source>
        <translation>حوالي 5 دقائق. يمكن تعبئة اسمكم تلقائيًا من بطاقة الهوية.</translation>
    </message>
    <message>
        <source>Fill in the form now</source>
        <translation>ملء النموذج الآن</translation>
    </message>
    <message>
        <source>Only take a waiting number</source>
        <translation>أخذ رقم انتظار فقط، دون النموذج</translation>
    </message>
    <message>
        <source>You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.</source>
        <translation>يمكنكم ملء النموذج هنا الآن. ستصل بياناتكم إلى الموظف قبلكم، وستكون زيارتكم أقصر.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
    <message>
        <source>What can we help you with?</source>
        <translation>كيف يمكننا مساعدتكم؟</translation>
    </message>
    <message>
        <source>No more numbers today</source>
        <translation>لا توجد أرقام متبقية اليوم</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>لدي موعد</translation>
    </message>
    <message>
        <source>Scan or type the code of your confirmation</source>
        <translation>مسح رمز التأكيد أو كتابته</translation>
    </message>
    <message>
        <source>Closed right now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment</source>
        <translation>لا يتم إصدار أرقام هنا حاليًا</translation>
    </message>
    <message>
        <source>Not available at this terminal</source>
        <translation>غير متاح على هذا الجهاز</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>رمز QR: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone: %1</source>
        <translation>امسحوا الرمز بهاتفكم: %1</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>التمرير إلى الأعلى</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>التمرير إلى الأسفل</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Add another person</source>
        <translation>إضافة شخص آخر</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>مسح التوقيع</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>يرجى التوقيع هنا بالإصبع</translation>
    </message>
    <message>
        <source>Taken from your ID document. Please check it.</source>
        <translation>مأخوذ من وثيقة الهوية. يرجى التحقق منه.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>For example: 27 03 1985</source>
        <translation>مثال: 27 03 1985</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>يرجى التحقق من بياناتكم</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer below.</source>
        <translation>يرجى أخذ الإيصال من الطابعة في الأسفل.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Take a waiting number for this concern</source>
        <translation>أخذ رقم انتظار لهذه المعاملة</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference.</source>
        <translation>تعذرت طباعة الإيصال. يرجى تدوين رقم معاملتكم.</translation>
    </message>
    <message>
        <source>Your form could not be saved</source>
        <translation>تعذر حفظ نموذجكم</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>تم إرسال نموذجكم</translation>
    </message>
    <message>
        <source>Your receipt is being printed …</source>
        <translation>تجري طباعة إيصالكم …</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>رقم معاملتكم للموظف:</translation>
    </message>
    <message>
        <source>Fill in from my ID card or passport</source>
        <translation>التعبئة من بطاقة الهوية أو جواز السفر</translation>
    </message>
    <message>
        <source>Faster and without typing errors</source>
        <translation>أسرع ومن دون أخطاء كتابية</translation>
    </message>
    <message>
        <source>The terminal's storage is full, so your form has not been sent.</source>
        <translation>ذاكرة الجهاز ممتلئة، لذلك لم يُرسَل نموذجكم.</translation>
    </message>
    <message>
        <source>The terminal could not store your form, so it has not been sent.</source>
        <translation>تعذّر على الجهاز حفظ نموذجكم، لذلك لم يُرسَل.</translation>
    </message>
    <message>
        <source>The filled form is being printed …</source>
        <translation>تجري طباعة النموذج المعبّأ …</translation>
    </message>
    <message>
        <source>Please take the filled form from the printer to the counter.</source>
        <translation>يرجى أخذ النموذج المعبّأ من الطابعة إلى الشباك.</translation>
    </message>
    <message>
        <source>The filled form could not be printed either. Please ask at the counter.</source>
        <translation>تعذّرت طباعة النموذج المعبّأ أيضًا. يرجى السؤال عند الشباك.</translation>
    </message>
    <message>
        <source>Your entries are still here. The terminal keeps trying to save them.</source>
        <translation>لا تزال بياناتكم هنا. يواصل الجهاز محاولة حفظها.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>المحاولة مرة أخرى</translation>
    </message>
    <message>
        <source>Print the filled form for the counter</source>
        <translation>طباعة النموذج المعبّأ للشباك</translation>
    </message>
    <message>
        <source>Take a waiting number anyway</source>
        <translation>أخذ رقم انتظار على أي حال</translation>
    </message>
    <message>
        <source>Finish without a waiting number</source>
        <translation>الإنهاء دون رقم انتظار</translation>
    </message>
    <message>
        <source>Next step: take a waiting number. At the counter, your form is ready for the clerk.</source>
        <translation>الخطوة التالية: خذوا رقم انتظار. سيكون نموذجكم جاهزًا لدى الموظف عند الشباك.</translation>
    </message>
    <message>
        <source>Questions marked “(optional)” can be left empty. All other questions need an answer.</source>
        <translation>يمكن ترك الأسئلة المشار إليها بعبارة «(اختياري)» دون إجابة. أما باقي الأسئلة فالإجابة عنها مطلوبة.</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>المشكلات في هذه الصفحة: %1</translation>
    </message>
    <message>
        <source>Tap an entry to go to the question.</source>
        <translation>يرجى لمس أحد البنود للانتقال إلى السؤال.</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <source>What do you need help with?</source>
        <translation>في أي شيء تحتاجون المساعدة؟</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>المساعدة في الطريق</translation>
    </message>
    <message>
        <source>Help has been requested</source>
        <translation>تم طلب المساعدة</translation>
    </message>
    <message>
        <source>Help with a form</source>
        <translation>مساعدة في ملء النموذج</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>مشكلة تقنية</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>أمر آخر</translation>
    </message>
    <message>
        <source>Demo mode: this answer is simulated. No member of staff was notified.</source>
        <translation>وضع العرض التجريبي: هذا الرد محاكاة. لم يتم إبلاغ أي موظف.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>More staff have been informed.</source>
        <translation>تم إبلاغ المزيد من الموظفين.</translation>
    </message>
    <message>
        <source>Staff have been informed. Please stay at the terminal.</source>
        <translation>تم إبلاغ الموظفين. يرجى البقاء عند الجهاز.</translation>
    </message>
    <message>
        <source>Please go to counter %1.</source>
        <translation>يرجى التوجه إلى الشباك %1.</translation>
    </message>
    <message>
        <source>%1 is coming to you.</source>
        <translation>سيأتي إليكم: %1.</translation>
    </message>
    <message>
        <source>Someone is coming to you.</source>
        <translation>سيأتي إليكم أحد الموظفين.</translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>تنتظرون منذ %n ثانية.</numerusform>
            <numerusform>تنتظرون منذ ثانية واحدة.</numerusform>
            <numerusform>تنتظرون منذ ثانيتين.</numerusform>
            <numerusform>تنتظرون منذ %n ثوانٍ.</numerusform>
            <numerusform>تنتظرون منذ %n ثانية.</numerusform>
            <numerusform>تنتظرون منذ %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>تنتظرون منذ %n دقيقة.</numerusform>
            <numerusform>تنتظرون منذ دقيقة واحدة.</numerusform>
            <numerusform>تنتظرون منذ دقيقتين.</numerusform>
            <numerusform>تنتظرون منذ %n دقائق.</numerusform>
            <numerusform>تنتظرون منذ %n دقيقة.</numerusform>
            <numerusform>تنتظرون منذ %n دقيقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCardView</name>
    <message>
        <source>The card reader is not available</source>
        <translation>قارئ البطاقات غير متاح</translation>
    </message>
    <message>
        <source>The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.</source>
        <translation>القارئ الموجود أسفل الشاشة لا يعمل الآن. يرجى إدخال بياناتكم يدويًا أو طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>The chip of your document could not be read</source>
        <translation>تعذّرت قراءة شريحة الوثيقة</translation>
    </message>
    <message>
        <source>Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.</source>
        <translation>يرجى رفع الوثيقة عن القارئ والانتظار قليلًا ثم وضعها مرة أخرى. إذا لم ينجح ذلك مرة أخرى، يرجى إدخال بياناتكم يدويًا.</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>التحقق من النموذج</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Enter the six-digit access number</source>
        <translation>يرجى إدخال رقم الوصول المكوّن من ستة أرقام</translation>
    </message>
    <message>
        <source>Fill in from your ID document?</source>
        <translation>التعبئة من وثيقة الهوية؟</translation>
    </message>
    <message>
        <source>German ID card</source>
        <translation>بطاقة الهوية الألمانية</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader below the screen.</source>
        <translation>يرجى وضع الوثيقة بشكل مسطح على القارئ أسفل الشاشة.</translation>
    </message>
    <message>
        <source>No, I will type my details</source>
        <translation>لا، سأكتب بياناتي بنفسي</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>رقم جواز السفر</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>يرجى وضع الوثيقة على القارئ</translation>
    </message>
    <message>
        <source>Please check the number and try again.</source>
        <translation>يرجى التحقق من الرقم والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Please put the document back on the reader and keep it there.</source>
        <translation>يرجى إعادة الوثيقة إلى القارئ وتركها هناك.</translation>
    </message>
    <message>
        <source>Please type your details instead.</source>
        <translation>يرجى كتابة بياناتكم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Reading … please keep the document on the reader</source>
        <translation>جارٍ القراءة … يرجى إبقاء الوثيقة على القارئ</translation>
    </message>
    <message>
        <source>The access number is printed at the bottom right of the front side.</source>
        <translation>رقم الوصول مطبوع أسفل يمين الوجه الأمامي.</translation>
    </message>
    <message>
        <source>The document was removed too early</source>
        <translation>تمت إزالة الوثيقة مبكرًا</translation>
    </message>
    <message>
        <source>The number does not match this document</source>
        <translation>الرقم لا يطابق هذه الوثيقة</translation>
    </message>
    <message>
        <source>These details do not fit together. Please enter them again.</source>
        <translation>هذه البيانات غير متطابقة. يرجى إدخالها مرة أخرى.</translation>
    </message>
    <message>
        <source>This document cannot be read here</source>
        <translation>لا يمكن قراءة هذه الوثيقة هنا</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>المحاولة مرة أخرى</translation>
    </message>
    <message>
        <source>We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.</source>
        <translation>نقرأ من الشريحة الاسم وتاريخ الميلاد والجنسية ورقم الوثيقة وصلاحيتها، وكذلك العنوان إذا كان جواز السفر يحتوي عليه. تُستخدم هذه البيانات فقط لملء هذا النموذج. لا يتم حفظ الصورة. يُحذف كل شيء عند الانتهاء.</translation>
    </message>
    <message>
        <source>Which document do you have?</source>
        <translation>ما الوثيقة التي لديكم؟</translation>
    </message>
    <message>
        <source>Yes, read my document</source>
        <translation>نعم، قراءة الوثيقة</translation>
    </message>
    <message>
        <source>You find the access number on the front of your ID card, at the bottom right.</source>
        <translation>تجدون رقم الوصول على الوجه الأمامي لبطاقة الهوية، في الأسفل على اليمين.</translation>
    </message>
    <message>
        <source>Your details have been filled in</source>
        <translation>تم ملء بياناتكم</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader to the right of the screen.</source>
        <translation>يُرجى وضع الوثيقة بشكل مسطح على القارئ الموجود على يمين الشاشة.</translation>
    </message>
    <message>
        <source>The card reader is below the screen. Lay the document flat on it.</source>
        <translation>قارئ البطاقات أسفل الشاشة. يُرجى وضع الوثيقة عليه بشكل مسطح.</translation>
    </message>
    <message>
        <source>The card reader is to the right of the screen. Lay the document flat on it.</source>
        <translation>قارئ البطاقات على يمين الشاشة. يُرجى وضع الوثيقة عليه بشكل مسطح.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>لم يُملأ أي حقل (%n). يرجى التحقق.</numerusform>
            <numerusform>تم ملء حقل واحد. يرجى التحقق.</numerusform>
            <numerusform>تم ملء حقلين. يرجى التحقق.</numerusform>
            <numerusform>تم ملء %n حقول. يرجى التحقق.</numerusform>
            <numerusform>تم ملء %n حقلًا. يرجى التحقق.</numerusform>
            <numerusform>تم ملء %n حقل. يرجى التحقق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>لم يُملأ أي حقل (%n). تحتوي المنطقة المقروءة آليًا في وثيقتكم على خطأ، لذا يرجى التحقق من كل شيء بعناية.</numerusform>
            <numerusform>تم ملء حقل واحد. تحتوي المنطقة المقروءة آليًا في وثيقتكم على خطأ، لذا يرجى التحقق من كل شيء بعناية.</numerusform>
            <numerusform>تم ملء حقلين. تحتوي المنطقة المقروءة آليًا في وثيقتكم على خطأ، لذا يرجى التحقق من كل شيء بعناية.</numerusform>
            <numerusform>تم ملء %n حقول. تحتوي المنطقة المقروءة آليًا في وثيقتكم على خطأ، لذا يرجى التحقق من كل شيء بعناية.</numerusform>
            <numerusform>تم ملء %n حقلًا. تحتوي المنطقة المقروءة آليًا في وثيقتكم على خطأ، لذا يرجى التحقق من كل شيء بعناية.</numerusform>
            <numerusform>تم ملء %n حقل. تحتوي المنطقة المقروءة آليًا في وثيقتكم على خطأ، لذا يرجى التحقق من كل شيء بعناية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>يرجى التحقق من الرقم والمحاولة مرة أخرى. لم تتبقَّ أي محاولة (%n).</numerusform>
            <numerusform>يرجى التحقق من الرقم والمحاولة مرة أخرى. تتبقى محاولة واحدة.</numerusform>
            <numerusform>يرجى التحقق من الرقم والمحاولة مرة أخرى. تتبقى محاولتان.</numerusform>
            <numerusform>يرجى التحقق من الرقم والمحاولة مرة أخرى. تتبقى %n محاولات.</numerusform>
            <numerusform>يرجى التحقق من الرقم والمحاولة مرة أخرى. تتبقى %n محاولة.</numerusform>
            <numerusform>يرجى التحقق من الرقم والمحاولة مرة أخرى. تتبقى %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Copy it from the photo page of your passport: up to 9 letters and digits, top right.</source>
        <translation>يرجى نقله من صفحة الصورة في جواز السفر: حتى 9 حروف وأرقام، في الأعلى على اليمين.</translation>
    </message>
    <message>
        <source>Day, month and year, as on the photo page of your passport. Example: 27 03 1985</source>
        <translation>اليوم والشهر والسنة كما في صفحة الصورة في جواز السفر. مثال: 27 03 1985</translation>
    </message>
    <message>
        <source>This date is not possible. Please check day, month and year.</source>
        <translation>هذا التاريخ غير ممكن. يرجى التحقق من اليوم والشهر والسنة.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلتم هنا؟</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>نعم، متابعة</translation>
    </message>
    <message>
        <source>No, end now</source>
        <translation>لا، إنهاء الآن</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>لحماية خصوصيتكم، سيتم حذف كل ما أدخلتموه خلال %n ثانية.</numerusform>
            <numerusform>لحماية خصوصيتكم، سيتم حذف كل ما أدخلتموه خلال ثانية واحدة.</numerusform>
            <numerusform>لحماية خصوصيتكم، سيتم حذف كل ما أدخلتموه خلال ثانيتين.</numerusform>
            <numerusform>لحماية خصوصيتكم، سيتم حذف كل ما أدخلتموه خلال %n ثوانٍ.</numerusform>
            <numerusform>لحماية خصوصيتكم، سيتم حذف كل ما أدخلتموه خلال %n ثانية.</numerusform>
            <numerusform>لحماية خصوصيتكم، سيتم حذف كل ما أدخلتموه خلال %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>All buttons are now within reach in the lower part of the screen.</source>
        <translation>جميع الأزرار الآن في متناول اليد في الجزء السفلي من الشاشة.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>The office's note, in German: %1</source>
        <translation>ملاحظة المكتب (بالألمانية): %1</translation>
    </message>
    <message>
        <source>We are closed right now</source>
        <translation>نحن مغلقون الآن</translation>
    </message>
    <message>
        <source>All waiting numbers for today have been given out</source>
        <translation>تم توزيع جميع أرقام الانتظار لهذا اليوم</translation>
    </message>
    <message>
        <source>Waiting numbers cannot be issued at the moment</source>
        <translation>لا يمكن إصدار أرقام الانتظار في الوقت الحالي</translation>
    </message>
    <message>
        <source>We open again: %1</source>
        <translation>نفتح مجددًا: %1</translation>
    </message>
    <message>
        <source>Please see the opening hours at the entrance.</source>
        <translation>يرجى الاطلاع على مواعيد العمل عند المدخل.</translation>
    </message>
    <message>
        <source>Please come back on another working day, or book an appointment online.</source>
        <translation>يرجى العودة في يوم عمل آخر أو حجز موعد عبر الإنترنت.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Please ask at the information desk.</source>
        <translation>طابعة التذاكر غير جاهزة. يرجى السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>Please ask at the information desk. We are sorry for the inconvenience.</source>
        <translation>يرجى السؤال في مكتب الاستعلامات. نعتذر عن الإزعاج.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>The terminal is being serviced. Please ask at the information desk.</source>
        <translation>الجهاز قيد الصيانة حاليًا. يرجى السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>The terminal has a technical fault. Please ask at the information desk.</source>
        <translation>يوجد عطل فني في الجهاز. يرجى السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>The terminal is closed today. Please ask at the information desk.</source>
        <translation>الجهاز مغلق اليوم. يرجى السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment. Please ask at the information desk.</source>
        <translation>لا يتم إصدار أرقام هنا حاليًا. يرجى السؤال في مكتب الاستعلامات.</translation>
    </message>
    <message>
        <source>QR code for booking an appointment online</source>
        <translation>رمز QR لحجز موعد عبر الإنترنت</translation>
    </message>
    <message>
        <source>Scan the code with your phone to book an appointment: %1</source>
        <translation>امسحوا الرمز بهاتفكم لحجز موعد: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>حرف كبير</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Other keyboard</source>
        <translation>لوحة مفاتيح أخرى</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).</source>
        <translation>اكتبوا كما في جواز السفر أو بطاقة الهوية، بالحروف اللاتينية (A–Z، وأيضًا Ä وÖ وÜ وß).</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>Display and sound</source>
        <translation>العرض والصوت</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Everything within reach (wheelchair)</source>
        <translation>كل شيء في متناول اليد (كرسي متحرك)</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>قراءة الشاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>مستوى الصوت: %1 %</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Sounds when tapping</source>
        <translation>أصوات عند اللمس</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Waiting number</source>
        <translation>رقم الانتظار</translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>مدة الانتظار المتوقعة: غير معروفة حاليًا</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>وقت الإصدار: %1</translation>
    </message>
    <message>
        <source>Please watch the display. Your number will be called.</source>
        <translation>يُرجى متابعة الشاشة. سيتم النداء على رقمكم.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>رقم معاملتكم للموظف:</translation>
    </message>
    <message>
        <source>Form already sent, reference: %1</source>
        <translation>تم إرسال النموذج، رقم المعاملة: %1</translation>
    </message>
    <message>
        <source>Responsible for your data: %1.</source>
        <translation>المسؤول عن بياناتكم: %1.</translation>
    </message>
    <message>
        <source>Your entries are used only to process this request.</source>
        <translation>تُستخدم بياناتكم فقط لمعالجة هذا الطلب.</translation>
    </message>
    <message>
        <source>On this terminal they are stored encrypted for the office; the terminal itself cannot read them.</source>
        <translation>تُحفظ على هذا الجهاز مشفّرة للدائرة فقط؛ ولا يستطيع الجهاز نفسه قراءتها.</translation>
    </message>
    <message>
        <source>On this terminal they are stored unencrypted.</source>
        <translation>تُحفظ على هذا الجهاز دون تشفير.</translation>
    </message>
    <message>
        <source>They are deleted here as soon as the office's system has received them.</source>
        <translation>تُحذف هنا بمجرد أن يستلمها نظام الدائرة.</translation>
    </message>
    <message>
        <source>They are kept in the office's database for processing.</source>
        <translation>تُحفظ في قاعدة بيانات الدائرة لمعالجتها.</translation>
    </message>
    <message>
        <source>Copies of the printouts are stored on the terminal and deleted within an hour.</source>
        <translation>تُحفظ نسخ من المطبوعات على الجهاز وتُحذف خلال ساعة.</translation>
    </message>
    <message>
        <source>You have the right to access, correct and delete your data, to restrict its processing, and to complain to a data protection authority.</source>
        <translation>يحق لكم الاطلاع على بياناتكم وتصحيحها وحذفها وتقييد معالجتها، وتقديم شكوى إلى هيئة حماية البيانات.</translation>
    </message>
    <message>
        <source>Full privacy notice:</source>
        <translation>إشعار الخصوصية الكامل:</translation>
    </message>
    <message>
        <source>Filled form – NOT sent</source>
        <translation>النموذج المعبّأ – لم يُرسَل</translation>
    </message>
    <message>
        <source>The terminal could not save this form. Please hand in this paper at the counter.</source>
        <translation>تعذّر على الجهاز حفظ هذا النموذج. يرجى تسليم هذه الورقة عند الشباك.</translation>
    </message>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>مدة الانتظار المتوقعة: دقيقة واحدة أو أقل</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي دقيقتين</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقائق</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى دقيقتين</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقائق</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى دقيقتين</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقائق</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>لا أحد ينتظر قبلكم.</numerusform>
            <numerusform>ينتظر قبلكم شخص واحد.</numerusform>
            <numerusform>ينتظر قبلكم شخصان.</numerusform>
            <numerusform>ينتظر قبلكم %n أشخاص.</numerusform>
            <numerusform>ينتظر قبلكم %n شخصًا.</numerusform>
            <numerusform>ينتظر قبلكم %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>إذا رفضها هذا النظام، تبقى هنا للموظفين وتُحذف بعد %n يوم.</numerusform>
            <numerusform>إذا رفضها هذا النظام، تبقى هنا للموظفين وتُحذف بعد يوم واحد.</numerusform>
            <numerusform>إذا رفضها هذا النظام، تبقى هنا للموظفين وتُحذف بعد يومين.</numerusform>
            <numerusform>إذا رفضها هذا النظام، تبقى هنا للموظفين وتُحذف بعد %n أيام.</numerusform>
            <numerusform>إذا رفضها هذا النظام، تبقى هنا للموظفين وتُحذف بعد %n يومًا.</numerusform>
            <numerusform>إذا رفضها هذا النظام، تبقى هنا للموظفين وتُحذف بعد %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>تُحفظ على هذا الجهاز للدائرة وتُحذف بعد %n يوم.</numerusform>
            <numerusform>تُحفظ على هذا الجهاز للدائرة وتُحذف بعد يوم واحد.</numerusform>
            <numerusform>تُحفظ على هذا الجهاز للدائرة وتُحذف بعد يومين.</numerusform>
            <numerusform>تُحفظ على هذا الجهاز للدائرة وتُحذف بعد %n أيام.</numerusform>
            <numerusform>تُحفظ على هذا الجهاز للدائرة وتُحذف بعد %n يومًا.</numerusform>
            <numerusform>تُحفظ على هذا الجهاز للدائرة وتُحذف بعد %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>تُحفظ نسخ من المطبوعات على الجهاز وتُحذف بعد %n يوم.</numerusform>
            <numerusform>تُحفظ نسخ من المطبوعات على الجهاز وتُحذف بعد يوم واحد.</numerusform>
            <numerusform>تُحفظ نسخ من المطبوعات على الجهاز وتُحذف بعد يومين.</numerusform>
            <numerusform>تُحفظ نسخ من المطبوعات على الجهاز وتُحذف بعد %n أيام.</numerusform>
            <numerusform>تُحفظ نسخ من المطبوعات على الجهاز وتُحذف بعد %n يومًا.</numerusform>
            <numerusform>تُحفظ نسخ من المطبوعات على الجهاز وتُحذف بعد %n يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Your waiting number is being prepared …</source>
        <translation>يجري إعداد رقم الانتظار الخاص بكم …</translation>
    </message>
    <message>
        <source>Your waiting number</source>
        <translation>رقم الانتظار الخاص بكم</translation>
    </message>
    <message>
        <source>People ahead of you: unknown</source>
        <translation>عدد الأشخاص قبلكم: غير معروف</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>دوركم هو التالي.</translation>
    </message>
    <message>
        <source>Your ticket is being printed …</source>
        <translation>تجري طباعة التذكرة …</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>يرجى أخذ التذكرة من الطابعة في الأسفل.</translation>
    </message>
    <message>
        <source>Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.</source>
        <translation>عذرًا، تعذرت طباعة التذكرة. رقمكم صالح: يرجى تدوينه أو تصوير الرمز.</translation>
    </message>
    <message>
        <source>Please watch the display in the waiting area. Your number will be called.</source>
        <translation>يرجى متابعة الشاشة في منطقة الانتظار. سيتم النداء على رقمكم.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Your appointment: today at %1</source>
        <translation>موعدكم: اليوم الساعة %1</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer to the right of the screen.</source>
        <translation>يُرجى أخذ التذكرة من الطابعة الموجودة على يمين الشاشة.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot below the screen.</source>
        <translation>تخرج التذكرة من فتحة الطابعة أسفل الشاشة.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot to the right of the screen.</source>
        <translation>تخرج التذكرة من فتحة الطابعة على يمين الشاشة.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>لا أحد ينتظر قبلكم.</numerusform>
            <numerusform>ينتظر قبلكم شخص واحد.</numerusform>
            <numerusform>ينتظر قبلكم شخصان.</numerusform>
            <numerusform>ينتظر قبلكم %n أشخاص.</numerusform>
            <numerusform>ينتظر قبلكم %n شخصًا.</numerusform>
            <numerusform>ينتظر قبلكم %n شخص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Display and sound</source>
        <translation>العرض والصوت</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to the Bürgerbüro</source>
        <translation>مرحبًا بكم في مكتب خدمة المواطنين</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>يرجى اختيار اللغة</translation>
    </message>
    <message>
        <source>Some services are limited at the moment. Staff at the information desk will help you.</source>
        <translation>بعض الخدمات محدودة حاليًا. سيساعدكم الموظفون في مكتب الاستعلامات.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>هل تتعذر عليكم رؤية الشاشة؟ يرجى الضغط على مفتاح المساعدة في لوحة المفاتيح، أو إبقاء الإصبع على مكان فارغ من الشاشة مدةَ %n ثانية: سيتحدث إليكم الجهاز. سماعات الرأس: المقبس الموجود على لوحة المفاتيح.</numerusform>
            <numerusform>هل تتعذر عليكم رؤية الشاشة؟ يرجى الضغط على مفتاح المساعدة في لوحة المفاتيح، أو إبقاء الإصبع على مكان فارغ من الشاشة مدةَ ثانية واحدة: سيتحدث إليكم الجهاز. سماعات الرأس: المقبس الموجود على لوحة المفاتيح.</numerusform>
            <numerusform>هل تتعذر عليكم رؤية الشاشة؟ يرجى الضغط على مفتاح المساعدة في لوحة المفاتيح، أو إبقاء الإصبع على مكان فارغ من الشاشة مدةَ ثانيتين: سيتحدث إليكم الجهاز. سماعات الرأس: المقبس الموجود على لوحة المفاتيح.</numerusform>
            <numerusform>هل تتعذر عليكم رؤية الشاشة؟ يرجى الضغط على مفتاح المساعدة في لوحة المفاتيح، أو إبقاء الإصبع على مكان فارغ من الشاشة مدةَ %n ثوانٍ: سيتحدث إليكم الجهاز. سماعات الرأس: المقبس الموجود على لوحة المفاتيح.</numerusform>
            <numerusform>هل تتعذر عليكم رؤية الشاشة؟ يرجى الضغط على مفتاح المساعدة في لوحة المفاتيح، أو إبقاء الإصبع على مكان فارغ من الشاشة مدةَ %n ثانية: سيتحدث إليكم الجهاز. سماعات الرأس: المقبس الموجود على لوحة المفاتيح.</numerusform>
            <numerusform>هل تتعذر عليكم رؤية الشاشة؟ يرجى الضغط على مفتاح المساعدة في لوحة المفاتيح، أو إبقاء الإصبع على مكان فارغ من الشاشة مدةَ %n ثانية: سيتحدث إليكم الجهاز. سماعات الرأس: المقبس الموجود على لوحة المفاتيح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioGuide</name>
    <message>
        <source>Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.</source>
        <translation>وضع الصوت مفعّل. يمكنكم التنقل بين عناصر التحكم بمفاتيح الأسهم؛ وسيُقرأ لكم كل عنصر. مفتاح الاختيار في الوسط يستخدم العنصر. مفتاح الرجوع يعود خطوة إلى الوراء أو يغلق النافذة. مفتاح المساعدة يكرر هذا الشرح. مفتاح التلميح يخبركم بالمزيد، ومنه ما أدخلتموه. مفاتيح أخرى تغيّر مستوى الصوت وسرعة الكلام.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>زر</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>مربع اختيار</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>حقل إدخال</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>قائمة اختيار</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>محدد</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>مُعبّأ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Keyboard. Move over the letters with the arrow keys, the select key types a letter. Done closes the keyboard.</source>
        <translation>لوحة المفاتيح. يمكنكم التنقل بين الحروف بمفاتيح الأسهم، ومفتاح الاختيار يكتب حرفًا. «تم» يغلق لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>There is no step back here. To end, choose Start over.</source>
        <translation>لا توجد خطوة رجوع هنا. للإنهاء: «البدء من جديد».</translation>
    </message>
    <message>
        <source>Audio mode is off.</source>
        <translation>وضع الصوت متوقف.</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Press an arrow key to go to the first control.</source>
        <translation>لم يتم اختيار شيء بعد. مفتاح سهم ينقلكم إلى أول عنصر.</translation>
    </message>
    <message>
        <source>What you entered is read aloud only in audio mode, with headphones.</source>
        <translation>لا يُقرأ ما أدخلتموه بصوت عالٍ إلا في وضع الصوت عبر سماعات الرأس.</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <translation>أدخلتم: %1</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press the select key to type.</source>
        <translation>لم يُدخل شيء بعد. للكتابة: مفتاح الاختيار.</translation>
    </message>
    <message>
        <source>Press the select key to use this button.</source>
        <translation>لاستخدام هذا الزر: مفتاح الاختيار.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>There is nothing to choose here.</source>
        <translation>لا يوجد هنا ما يمكن اختياره.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
</context>
<context>
    <name>ScanLeaveDialog</name>
    <message>
        <source>You scanned an appointment code. Leave the form?</source>
        <translation>لقد مسحتم رمز حجز. هل تريدون مغادرة النموذج؟</translation>
    </message>
    <message>
        <source>If you leave, what you entered in the form is deleted.</source>
        <translation>إذا غادرتم، فستُحذف البيانات التي أدخلتموها في النموذج.</translation>
    </message>
    <message>
        <source>Stay in the form</source>
        <translation>البقاء في النموذج</translation>
    </message>
    <message>
        <source>Leave the form and check in</source>
        <translation>مغادرة النموذج وتسجيل الحضور للموعد</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Clear entry</source>
        <translation>مسح الإدخال</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>البحث في القائمة</translation>
    </message>
    <message>
        <source>Search: type the first letters</source>
        <translation>البحث: يرجى كتابة الحروف الأولى</translation>
    </message>
    <message>
        <source>Nothing found. Please check the spelling.</source>
        <translation>لم يتم العثور على شيء. يرجى التحقق من الكتابة.</translation>
    </message>
    <message>
        <source>Found: %1. The first %2 are shown; type more letters.</source>
        <translation>النتائج: %1. تظهر أول %2 منها؛ يرجى كتابة حروف أكثر.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <source>Frequent answers:</source>
        <translation>الإجابات الأكثر شيوعًا:</translation>
    </message>
    <message>
        <source>Show only the frequent answers</source>
        <translation>عرض الإجابات الشائعة فقط</translation>
    </message>
    <message>
        <source>Show the whole list (%1)</source>
        <translation>عرض القائمة كاملة (%1)</translation>
    </message>
</context>
<context>
    <name>AttractPanel</name>
    <message>
        <source>Touch to start</source>
        <translation>يُرجى اللمس للبدء</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>أخذ رقم انتظار</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>تسجيل الحضور لموعد</translation>
    </message>
    <message>
        <source>Fill in a form</source>
        <translation>ملء نموذج</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>الحصول على مساعدة</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>مدة الانتظار المتوقعة: دقيقة واحدة أو أقل</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي دقيقتين</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقائق</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حوالي %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى دقيقتين</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقائق</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: حتى %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى دقيقتين</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقائق</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقيقة</numerusform>
            <numerusform>مدة الانتظار المتوقعة: من %1 إلى %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>مدة الانتظار المتوقعة: غير معروفة حاليًا</translation>
    </message>
</context>
</TS>
