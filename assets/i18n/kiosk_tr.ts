<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>Your appointment</source>
        <translation>Randevunuz</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Erken geldiniz</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Randevu saatiniz geçti</translation>
    </message>
    <message>
        <source>Appointments cannot be checked right now</source>
        <translation>Randevular şu anda kontrol edilemiyor</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Randevuya geldiğinizi bildirin</translation>
    </message>
    <message>
        <source>Hold the QR code of your confirmation under the scanner, or type your booking code.</source>
        <translation>Onay belgenizdeki QR kodunu tarayıcının altına tutun veya randevu kodunuzu yazın.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Randevu kodu</translation>
    </message>
    <message>
        <source>This is not a valid booking code. Please check it.</source>
        <translation>Bu geçerli bir randevu kodu değil. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this code.</source>
        <translation>Bu koda ait bir randevu bulamadık.</translation>
    </message>
    <message>
        <source>Looking up your appointment …</source>
        <translation>Randevunuz aranıyor …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Randevumu bul</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Bugün saat %1</translation>
    </message>
    <message>
        <source>Please come back at %1. You can check in from then on.</source>
        <translation>Lütfen şu saatte tekrar gelin: %1. O saatten itibaren geldiğinizi bildirebilirsiniz.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead. We will serve you as soon as possible.</source>
        <translation>Bunun yerine sıra numarası alabilirsiniz. Size en kısa sürede hizmet vereceğiz.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Geldiğimi bildir</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Sıra numarası al</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <source>Your appointment is on another day</source>
        <translation>Randevunuz başka bir gün</translation>
    </message>
    <message>
        <source>You have already been called</source>
        <translation>Numaranız zaten çağrıldı</translation>
    </message>
    <message>
        <source>This appointment is already finished</source>
        <translation>Bu randevu zaten tamamlandı</translation>
    </message>
    <message>
        <source>Your number was called while you were away</source>
        <translation>Siz yokken numaranız çağrıldı</translation>
    </message>
    <message>
        <source>This is a waiting number, not an appointment</source>
        <translation>Bu bir sıra numarası, randevu değil</translation>
    </message>
    <message>
        <source>This appointment was cancelled</source>
        <translation>Bu randevu iptal edildi</translation>
    </message>
    <message>
        <source>This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.</source>
        <translation>Bu randevu kodunun anahtarı yazılamayacak kadar uzun. Lütfen onayınızdaki QR kodunu tarayıcının altına tutun veya danışmaya sorun.</translation>
    </message>
    <message>
        <source>On %1 at %2</source>
        <translation>%1 tarihinde saat %2</translation>
    </message>
    <message>
        <source>Please come back on the day of your appointment.</source>
        <translation>Lütfen randevu gününüzde tekrar gelin.</translation>
    </message>
    <message>
        <source>Please watch the display and go to the counter shown there.</source>
        <translation>Lütfen ekranı takip edin ve orada gösterilen gişeye gidin.</translation>
    </message>
    <message>
        <source>If you need anything else, please take a waiting number or ask at the information desk.</source>
        <translation>Başka bir şeye ihtiyacınız varsa lütfen sıra numarası alın veya danışmaya sorun.</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <source>Your number is %1. Please watch the display.</source>
        <translation>Numaranız %1. Lütfen ekranı takip edin.</translation>
    </message>
    <message>
        <source>You can take a waiting number instead, or ask at the information desk.</source>
        <translation>Bunun yerine bir sıra numarası alabilir veya danışma masasına başvurabilirsiniz.</translation>
    </message>
    <message>
        <source>The scanner is below the screen. Hold the code under its window.</source>
        <translation>Tarayıcı ekranın altındadır. Kodu tarayıcının penceresinin altında tutun.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen. Hold the code under its window.</source>
        <translation>Tarayıcı ekranın sağındadır. Kodu tarayıcının penceresinin altında tutun.</translation>
    </message>
    <message>
        <source>%1 (in German)</source>
        <translation>%1 (Almanca adı)</translation>
    </message>
</context>
<context>
    <name>ConcernChoiceView</name>
    <message>
        <source>About 5 minutes. Your ID card can fill in your name.</source>
        <translation>Yaklaşık 5 dakika. Adınız kimlik kartınızdan otomatik olarak doldurulabilir.</translation>
    </message>
    <message>
        <source>Fill in the form now</source>
        <translation>Formu şimdi doldur</translation>
    </message>
    <message>
        <source>Only take a waiting number</source>
        <translation>Form olmadan sadece sıra numarası al</translation>
    </message>
    <message>
        <source>You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.</source>
        <translation>Formu burada hemen doldurabilirsiniz. Bilgileriniz gişeye sizden önce ulaşır ve işleminiz daha kısa sürer.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
    <message>
        <source>What can we help you with?</source>
        <translation>Size nasıl yardımcı olabiliriz?</translation>
    </message>
    <message>
        <source>No more numbers today</source>
        <translation>Bugün için numara kalmadı</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Randevum var</translation>
    </message>
    <message>
        <source>Scan or type the code of your confirmation</source>
        <translation>Onay kodunu okutun veya yazın</translation>
    </message>
    <message>
        <source>Closed right now</source>
        <translation>Şu anda kapalı</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment</source>
        <translation>Şu anda burada numara verilmiyor</translation>
    </message>
    <message>
        <source>Not available at this terminal</source>
        <translation>Bu terminalde kullanılamıyor</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>QR kodu: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone: %1</source>
        <translation>Kodu telefonunuzla tarayın: %1</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Yukarı kaydır</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Aşağı kaydır</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Add another person</source>
        <translation>Başka bir kişi ekle</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>İmzayı sil</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Buraya parmağınızla imzalayın</translation>
    </message>
    <message>
        <source>Taken from your ID document. Please check it.</source>
        <translation>Kimlik belgenizden alındı. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(isteğe bağlı)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>For example: 27 03 1985</source>
        <translation>Örneğin: 27 03 1985</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>Lütfen bilgilerinizi kontrol edin</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer below.</source>
        <translation>Lütfen alındı belgenizi aşağıdaki yazıcıdan alın.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
    <message>
        <source>Take a waiting number for this concern</source>
        <translation>Bu işlem için sıra numarası al</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference.</source>
        <translation>Alındı belgesi yazdırılamadı. Lütfen işlem numaranızı not alın.</translation>
    </message>
    <message>
        <source>Your form could not be saved</source>
        <translation>Formunuz kaydedilemedi</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Formunuz gönderildi</translation>
    </message>
    <message>
        <source>Your receipt is being printed …</source>
        <translation>Alındı belgeniz yazdırılıyor …</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Gişe için işlem numaranız:</translation>
    </message>
    <message>
        <source>Fill in from my ID card or passport</source>
        <translation>Kimlik kartımdan veya pasaportumdan doldur</translation>
    </message>
    <message>
        <source>Faster and without typing errors</source>
        <translation>Daha hızlı ve yazım hatası olmadan</translation>
    </message>
    <message>
        <source>The terminal's storage is full, so your form has not been sent.</source>
        <translation>Terminalin belleği dolu, bu nedenle formunuz gönderilmedi.</translation>
    </message>
    <message>
        <source>The terminal could not store your form, so it has not been sent.</source>
        <translation>Terminal formunuzu kaydedemedi, bu nedenle form gönderilmedi.</translation>
    </message>
    <message>
        <source>The filled form is being printed …</source>
        <translation>Doldurulan form yazdırılıyor …</translation>
    </message>
    <message>
        <source>Please take the filled form from the printer to the counter.</source>
        <translation>Lütfen doldurulan formu yazıcıdan alıp gişeye götürün.</translation>
    </message>
    <message>
        <source>The filled form could not be printed either. Please ask at the counter.</source>
        <translation>Doldurulan form da yazdırılamadı. Lütfen gişede sorun.</translation>
    </message>
    <message>
        <source>Your entries are still here. The terminal keeps trying to save them.</source>
        <translation>Girdiğiniz bilgiler hâlâ burada. Terminal bunları kaydetmeyi denemeye devam ediyor.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Print the filled form for the counter</source>
        <translation>Doldurulan formu gişe için yazdır</translation>
    </message>
    <message>
        <source>Take a waiting number anyway</source>
        <translation>Yine de sıra numarası al</translation>
    </message>
    <message>
        <source>Finish without a waiting number</source>
        <translation>Sıra numarası almadan bitir</translation>
    </message>
    <message>
        <source>Next step: take a waiting number. At the counter, your form is ready for the clerk.</source>
        <translation>Sonraki adım: Bir sıra numarası alın. Formunuz gişede görevli için hazır olacaktır.</translation>
    </message>
    <message>
        <source>Questions marked “(optional)” can be left empty. All other questions need an answer.</source>
        <translation>“(isteğe bağlı)” ile işaretli soruları boş bırakabilirsiniz. Diğer tüm soruların yanıtlanması gerekir.</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Bu sayfadaki sorunlar: %1</translation>
    </message>
    <message>
        <source>Tap an entry to go to the question.</source>
        <translation>Soruya gitmek için bir maddeye dokunun.</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <source>What do you need help with?</source>
        <translation>Hangi konuda yardıma ihtiyacınız var?</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>Yardım geliyor</translation>
    </message>
    <message>
        <source>Help has been requested</source>
        <translation>Yardım istendi</translation>
    </message>
    <message>
        <source>Help with a form</source>
        <translation>Formla ilgili yardım</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Teknik sorun</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Başka bir konu</translation>
    </message>
    <message>
        <source>Demo mode: this answer is simulated. No member of staff was notified.</source>
        <translation>Demo modu: Bu yanıt simülasyondur. Hiçbir görevliye haber verilmedi.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Talebi iptal et</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>More staff have been informed.</source>
        <translation>Daha fazla personel bilgilendirildi.</translation>
    </message>
    <message>
        <source>Staff have been informed. Please stay at the terminal.</source>
        <translation>Personel bilgilendirildi. Lütfen terminalin yanında kalın.</translation>
    </message>
    <message>
        <source>Please go to counter %1.</source>
        <translation>Lütfen şu gişeye gidin: %1.</translation>
    </message>
    <message>
        <source>%1 is coming to you.</source>
        <translation>Size gelen görevli: %1.</translation>
    </message>
    <message>
        <source>Someone is coming to you.</source>
        <translation>Bir görevli size geliyor.</translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n seconds.</source>
        <translation>
            <numerusform>%n saniyedir bekliyorsunuz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been waiting for %n minutes.</source>
        <translation>
            <numerusform>%n dakikadır bekliyorsunuz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCardView</name>
    <message>
        <source>The card reader is not available</source>
        <translation>Kart okuyucu şu anda kullanılamıyor</translation>
    </message>
    <message>
        <source>The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.</source>
        <translation>Ekranın altındaki okuyucu şu anda çalışmıyor. Lütfen bilgilerinizi elle girin veya personelden yardım isteyin.</translation>
    </message>
    <message>
        <source>The chip of your document could not be read</source>
        <translation>Belgenizin çipi okunamadı</translation>
    </message>
    <message>
        <source>Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.</source>
        <translation>Belgeyi okuyucudan alın, kısa bir süre bekleyin ve tekrar yerleştirin. Yine olmazsa lütfen bilgilerinizi elle girin.</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>Formu kontrol et</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Enter the six-digit access number</source>
        <translation>Altı haneli erişim numarasını girin</translation>
    </message>
    <message>
        <source>Fill in from your ID document?</source>
        <translation>Kimlik belgenizden doldurulsun mu?</translation>
    </message>
    <message>
        <source>German ID card</source>
        <translation>Alman kimlik kartı</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader below the screen.</source>
        <translation>Belgeyi ekranın altındaki okuyucuya düz bir şekilde koyun.</translation>
    </message>
    <message>
        <source>No, I will type my details</source>
        <translation>Hayır, bilgilerimi kendim yazacağım</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaport</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Pasaport numarası</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>Belgenizi okuyucuya koyun</translation>
    </message>
    <message>
        <source>Please check the number and try again.</source>
        <translation>Lütfen numarayı kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>Please put the document back on the reader and keep it there.</source>
        <translation>Lütfen belgeyi tekrar okuyucuya koyun ve orada bırakın.</translation>
    </message>
    <message>
        <source>Please type your details instead.</source>
        <translation>Lütfen bunun yerine bilgilerinizi yazın.</translation>
    </message>
    <message>
        <source>Reading … please keep the document on the reader</source>
        <translation>Okunuyor … lütfen belgeyi okuyucunun üzerinde tutun</translation>
    </message>
    <message>
        <source>The access number is printed at the bottom right of the front side.</source>
        <translation>Erişim numarası ön yüzün sağ alt köşesindedir.</translation>
    </message>
    <message>
        <source>The document was removed too early</source>
        <translation>Belge çok erken çekildi</translation>
    </message>
    <message>
        <source>The number does not match this document</source>
        <translation>Numara bu belgeyle eşleşmiyor</translation>
    </message>
    <message>
        <source>These details do not fit together. Please enter them again.</source>
        <translation>Bu bilgiler birbiriyle uyuşmuyor. Lütfen tekrar girin.</translation>
    </message>
    <message>
        <source>This document cannot be read here</source>
        <translation>Bu belge burada okunamıyor</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.</source>
        <translation>Çipten adınızı, doğum tarihinizi, uyruğunuzu ve belge numarası ile geçerliliğini, pasaportunuzda varsa adresinizi de okuyoruz. Bunlar yalnızca bu formu doldurmak için kullanılır. Fotoğrafınız saklanmaz. İşiniz bitince her şey silinir.</translation>
    </message>
    <message>
        <source>Which document do you have?</source>
        <translation>Hangi belgeniz var?</translation>
    </message>
    <message>
        <source>Yes, read my document</source>
        <translation>Evet, belgemi oku</translation>
    </message>
    <message>
        <source>You find the access number on the front of your ID card, at the bottom right.</source>
        <translation>Erişim numarasını kimlik kartınızın ön yüzünde, sağ altta bulabilirsiniz.</translation>
    </message>
    <message>
        <source>Your details have been filled in</source>
        <translation>Bilgileriniz dolduruldu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Lay the document flat on the reader to the right of the screen.</source>
        <translation>Belgeyi ekranın sağındaki okuyucuya düz bir şekilde koyun.</translation>
    </message>
    <message>
        <source>The card reader is below the screen. Lay the document flat on it.</source>
        <translation>Kart okuyucu ekranın altındadır. Belgeyi üzerine düz bir şekilde koyun.</translation>
    </message>
    <message>
        <source>The card reader is to the right of the screen. Lay the document flat on it.</source>
        <translation>Kart okuyucu ekranın sağındadır. Belgeyi üzerine düz bir şekilde koyun.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Please check them.</source>
        <translation>
            <numerusform>%n alan dolduruldu. Lütfen kontrol edin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.</source>
        <translation>
            <numerusform>%n alan dolduruldu. Belgenizin makinede okunabilir bölgesinde bir hata var; lütfen dikkatlice kontrol edin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please check the number and try again. %n attempts left.</source>
        <translation>
            <numerusform>Lütfen numarayı kontrol edip tekrar deneyin. Kalan deneme sayısı: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Geçerlilik bitiş tarihi</translation>
    </message>
    <message>
        <source>Copy it from the photo page of your passport: up to 9 letters and digits, top right.</source>
        <translation>Pasaportunuzun fotoğraflı sayfasından aktarın: sağ üstte, en fazla 9 harf ve rakam.</translation>
    </message>
    <message>
        <source>Day, month and year, as on the photo page of your passport. Example: 27 03 1985</source>
        <translation>Pasaportunuzun fotoğraflı sayfasındaki gibi gün, ay ve yıl. Örnek: 27 03 1985</translation>
    </message>
    <message>
        <source>This date is not possible. Please check day, month and year.</source>
        <translation>Bu tarih mümkün değil. Lütfen günü, ayı ve yılı kontrol edin.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Evet, devam et</translation>
    </message>
    <message>
        <source>No, end now</source>
        <translation>Hayır, şimdi bitir</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, everything you entered will be deleted in %n seconds.</source>
        <translation>
            <numerusform>Gizliliğinizi korumak için girdiğiniz her şey %n saniye içinde silinecek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>All buttons are now within reach in the lower part of the screen.</source>
        <translation>Tüm düğmeler artık ekranın alt kısmında, erişilebilir yükseklikte.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>The office's note, in German: %1</source>
        <translation>Kurumun notu (Almanca): %1</translation>
    </message>
    <message>
        <source>We are closed right now</source>
        <translation>Şu anda kapalıyız</translation>
    </message>
    <message>
        <source>All waiting numbers for today have been given out</source>
        <translation>Bugünün tüm sıra numaraları verildi</translation>
    </message>
    <message>
        <source>Waiting numbers cannot be issued at the moment</source>
        <translation>Şu anda sıra numarası verilemiyor</translation>
    </message>
    <message>
        <source>We open again: %1</source>
        <translation>Tekrar açılış: %1</translation>
    </message>
    <message>
        <source>Please see the opening hours at the entrance.</source>
        <translation>Çalışma saatleri girişte yazılıdır.</translation>
    </message>
    <message>
        <source>Please come back on another working day, or book an appointment online.</source>
        <translation>Lütfen başka bir iş günü tekrar gelin veya internetten randevu alın.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Please ask at the information desk.</source>
        <translation>Sıra fişi yazıcısı hazır değil. Lütfen danışma masasına başvurun.</translation>
    </message>
    <message>
        <source>Please ask at the information desk. We are sorry for the inconvenience.</source>
        <translation>Lütfen danışma masasına başvurun. Verdiğimiz rahatsızlıktan dolayı özür dileriz.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <source>The terminal is being serviced. Please ask at the information desk.</source>
        <translation>Terminal şu anda bakımda. Lütfen danışma masasına başvurun.</translation>
    </message>
    <message>
        <source>The terminal has a technical fault. Please ask at the information desk.</source>
        <translation>Terminalde teknik bir arıza var. Lütfen danışma masasına başvurun.</translation>
    </message>
    <message>
        <source>The terminal is closed today. Please ask at the information desk.</source>
        <translation>Terminal bugün kapalı. Lütfen danışma masasına başvurun.</translation>
    </message>
    <message>
        <source>No numbers are issued here at the moment. Please ask at the information desk.</source>
        <translation>Şu anda burada numara verilmiyor. Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <source>QR code for booking an appointment online</source>
        <translation>Çevrimiçi randevu almak için QR kodu</translation>
    </message>
    <message>
        <source>Scan the code with your phone to book an appointment: %1</source>
        <translation>Randevu almak için kodu telefonunuzla tarayın: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Büyük harf</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Other keyboard</source>
        <translation>Diğer klavye</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <source>Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).</source>
        <translation>Pasaportunuzda veya kimlik kartınızda yazıldığı gibi, Latin harfleriyle yazın (A–Z, ayrıca Ä, Ö, Ü, ß).</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>Display and sound</source>
        <translation>Ekran ve ses</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal yazı</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Çok büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Everything within reach (wheelchair)</source>
        <translation>Her şey erişilebilir yükseklikte (tekerlekli sandalye)</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Ekranı sesli oku</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Daha sessiz</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Ses düzeyi: %%1</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Daha yüksek</translation>
    </message>
    <message>
        <source>Sounds when tapping</source>
        <translation>Dokunurken ses</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Waiting number</source>
        <translation>Sıra numaranız</translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Tahmini bekleme süresi: şu an bilinmiyor</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Veriliş zamanı: %1</translation>
    </message>
    <message>
        <source>Please watch the display. Your number will be called.</source>
        <translation>Lütfen ekranı takip edin. Numaranız çağrılacaktır.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Alındı belgesi</translation>
    </message>
    <message>
        <source>Your reference for the counter:</source>
        <translation>Gişe için işlem numaranız:</translation>
    </message>
    <message>
        <source>Form already sent, reference: %1</source>
        <translation>Form gönderildi, işlem numarası: %1</translation>
    </message>
    <message>
        <source>Responsible for your data: %1.</source>
        <translation>Verilerinizden sorumlu: %1.</translation>
    </message>
    <message>
        <source>Your entries are used only to process this request.</source>
        <translation>Girdiğiniz bilgiler yalnızca bu başvurunun işlenmesi için kullanılır.</translation>
    </message>
    <message>
        <source>On this terminal they are stored encrypted for the office; the terminal itself cannot read them.</source>
        <translation>Bu terminalde yalnızca daire için şifrelenmiş olarak saklanır; terminalin kendisi bunları okuyamaz.</translation>
    </message>
    <message>
        <source>On this terminal they are stored unencrypted.</source>
        <translation>Bu terminalde şifrelenmeden saklanır.</translation>
    </message>
    <message>
        <source>They are deleted here as soon as the office's system has received them.</source>
        <translation>Dairenin sistemi bunları alır almaz burada silinir.</translation>
    </message>
    <message>
        <source>They are kept in the office's database for processing.</source>
        <translation>İşlenmek üzere dairenin veritabanında saklanır.</translation>
    </message>
    <message>
        <source>Copies of the printouts are stored on the terminal and deleted within an hour.</source>
        <translation>Çıktıların kopyaları terminalde saklanır ve bir saat içinde silinir.</translation>
    </message>
    <message>
        <source>You have the right to access, correct and delete your data, to restrict its processing, and to complain to a data protection authority.</source>
        <translation>Verilerinize erişme, bunları düzeltme ve sildirme, işlenmelerini kısıtlama ve bir veri koruma denetim makamına şikâyette bulunma hakkınız vardır.</translation>
    </message>
    <message>
        <source>Full privacy notice:</source>
        <translation>Gizlilik bildiriminin tamamı:</translation>
    </message>
    <message>
        <source>Filled form – NOT sent</source>
        <translation>Doldurulan form – GÖNDERİLMEDİ</translation>
    </message>
    <message>
        <source>The terminal could not save this form. Please hand in this paper at the counter.</source>
        <translation>Terminal bu formu kaydedemedi. Lütfen bu kâğıdı gişeye teslim edin.</translation>
    </message>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Tahmini bekleme süresi: en fazla bir dakika</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Tahmini bekleme süresi: yaklaşık %n dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Tahmini bekleme süresi: en fazla %n dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Tahmini bekleme süresi: %1–%n dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Önünüzde %n kişi var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If that system refuses them, they stay here for staff and are deleted after %n days.</source>
        <translation>
            <numerusform>Bu sistem bunları reddederse, personel için burada kalır ve %n gün sonra silinir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this terminal for the office and deleted after %n days.</source>
        <translation>
            <numerusform>Daire için bu terminalde saklanır ve %n gün sonra silinir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies of the printouts are stored on the terminal and deleted after %n days.</source>
        <translation>
            <numerusform>Çıktıların kopyaları terminalde saklanır ve %n gün sonra silinir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Your waiting number is being prepared …</source>
        <translation>Sıra numaranız hazırlanıyor …</translation>
    </message>
    <message>
        <source>Your waiting number</source>
        <translation>Sıra numaranız</translation>
    </message>
    <message>
        <source>People ahead of you: unknown</source>
        <translation>Önünüzdeki kişi sayısı: bilinmiyor</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Sıradaki sizsiniz.</translation>
    </message>
    <message>
        <source>Your ticket is being printed …</source>
        <translation>Sıra fişiniz yazdırılıyor …</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>Lütfen sıra fişinizi aşağıdaki yazıcıdan alın.</translation>
    </message>
    <message>
        <source>Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.</source>
        <translation>Üzgünüz, sıra fişi yazdırılamadı. Numaranız geçerlidir: lütfen not alın veya kodun fotoğrafını çekin.</translation>
    </message>
    <message>
        <source>Please watch the display in the waiting area. Your number will be called.</source>
        <translation>Lütfen bekleme alanındaki ekranı takip edin. Numaranız çağrılacaktır.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Your appointment: today at %1</source>
        <translation>Randevunuz: bugün saat %1</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer to the right of the screen.</source>
        <translation>Lütfen sıra fişinizi ekranın sağındaki yazıcıdan alın.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot below the screen.</source>
        <translation>Sıra fişi, ekranın altındaki yazıcı yuvasından çıkar.</translation>
    </message>
    <message>
        <source>The ticket comes out of the printer slot to the right of the screen.</source>
        <translation>Sıra fişi, ekranın sağındaki yazıcı yuvasından çıkar.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are ahead of you.</source>
        <translation>
            <numerusform>Önünüzde %n kişi var.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Display and sound</source>
        <translation>Ekran ve ses</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to the Bürgerbüro</source>
        <translation>Vatandaş Bürosuna hoş geldiniz</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>Lütfen dilinizi seçin</translation>
    </message>
    <message>
        <source>Some services are limited at the moment. Staff at the information desk will help you.</source>
        <translation>Bazı hizmetler şu anda kısıtlı. Danışma masasındaki personel size yardımcı olacaktır.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.</source>
        <translation>
            <numerusform>Ekranı göremiyor musunuz? Tuş takımındaki yardım tuşuna basın veya parmağınızı ekranın boş bir yerinde %n saniye tutun: terminal sizinle konuşacaktır. Kulaklık: tuş takımındaki girişi kullanın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioGuide</name>
    <message>
        <source>Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.</source>
        <translation>Sesli mod açık. Ok tuşlarıyla bir öğeden diğerine geçin; her biri size okunur. Kullanmak için ortadaki seçim tuşuna basın. Geri tuşu bir adım geri gider veya bir pencereyi kapatır. Yardım tuşu bu açıklamayı tekrarlar. İpucu tuşu daha fazlasını, girdiğiniz bilgileri de söyler. Diğer tuşlarla ses düzeyini ve konuşma hızını değiştirirsiniz.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Düğme</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Onay kutusu</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Seçenek</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>Giriş alanı</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>Seçim listesi</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seçili</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>seçili değil</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>dolu</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>Keyboard. Move over the letters with the arrow keys, the select key types a letter. Done closes the keyboard.</source>
        <translation>Klavye. Ok tuşlarıyla harfler üzerinde gezinin, seçim tuşu bir harf yazar. „Tamam“ klavyeyi kapatır.</translation>
    </message>
    <message>
        <source>There is no step back here. To end, choose Start over.</source>
        <translation>Burada geri adım yok. Bitirmek için „Baştan başla“yı seçin.</translation>
    </message>
    <message>
        <source>Audio mode is off.</source>
        <translation>Sesli mod kapalı.</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Press an arrow key to go to the first control.</source>
        <translation>Henüz hiçbir şey seçilmedi. İlk öğeye gitmek için bir ok tuşuna basın.</translation>
    </message>
    <message>
        <source>What you entered is read aloud only in audio mode, with headphones.</source>
        <translation>Girdiğiniz bilgiler yalnızca sesli modda, kulaklıkla okunur.</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <translation>Girdiğiniz: %1</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press the select key to type.</source>
        <translation>Henüz bir şey girilmedi. Yazmak için seçim tuşuna basın.</translation>
    </message>
    <message>
        <source>Press the select key to use this button.</source>
        <translation>Bu düğmeyi kullanmak için seçim tuşuna basın.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Daha hızlı</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Daha yavaş</translation>
    </message>
    <message>
        <source>There is nothing to choose here.</source>
        <translation>Burada seçilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Daha yüksek</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Daha alçak</translation>
    </message>
</context>
<context>
    <name>ScanLeaveDialog</name>
    <message>
        <source>You scanned an appointment code. Leave the form?</source>
        <translation>Bir randevu kodu okuttunuz. Formdan çıkmak istiyor musunuz?</translation>
    </message>
    <message>
        <source>If you leave, what you entered in the form is deleted.</source>
        <translation>Çıkarsanız formda girdiğiniz bilgiler silinir.</translation>
    </message>
    <message>
        <source>Stay in the form</source>
        <translation>Formda kal</translation>
    </message>
    <message>
        <source>Leave the form and check in</source>
        <translation>Formdan çık ve randevuya geldiğimi bildir</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Clear entry</source>
        <translation>Girişi temizle</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Listede ara</translation>
    </message>
    <message>
        <source>Search: type the first letters</source>
        <translation>Ara: ilk harfleri yazın</translation>
    </message>
    <message>
        <source>Nothing found. Please check the spelling.</source>
        <translation>Hiçbir şey bulunamadı. Lütfen yazımı kontrol edin.</translation>
    </message>
    <message>
        <source>Found: %1. The first %2 are shown; type more letters.</source>
        <translation>Bulunan: %1. İlk %2 tanesi gösteriliyor; daha fazla harf yazın.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Bulunan: %1</translation>
    </message>
    <message>
        <source>Frequent answers:</source>
        <translation>Sık verilen yanıtlar:</translation>
    </message>
    <message>
        <source>Show only the frequent answers</source>
        <translation>Yalnızca sık verilen yanıtları göster</translation>
    </message>
    <message>
        <source>Show the whole list (%1)</source>
        <translation>Listenin tamamını göster (%1)</translation>
    </message>
</context>
<context>
    <name>AttractPanel</name>
    <message>
        <source>Touch to start</source>
        <translation>Başlamak için dokunun</translation>
    </message>
    <message>
        <source>Take a waiting number</source>
        <translation>Sıra numarası alma</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Randevuya geldiğinizi bildirme</translation>
    </message>
    <message>
        <source>Fill in a form</source>
        <translation>Form doldurma</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Yardım alma</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <source>Expected wait: a minute or less</source>
        <translation>Tahmini bekleme süresi: en fazla bir dakika</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minutes</source>
        <translation>
            <numerusform>Tahmini bekleme süresi: yaklaşık %n dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: up to %n minutes</source>
        <translation>
            <numerusform>Tahmini bekleme süresi: en fazla %n dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: %1–%n minutes</source>
        <translation>
            <numerusform>Tahmini bekleme süresi: %1–%n dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected wait: unknown</source>
        <translation>Tahmini bekleme süresi: şu an bilinmiyor</translation>
    </message>
</context>
</TS>
