namespace Parta.Server.Infrastructure;

/// <summary>
/// The server's message catalogue: every sentence a person may read in an API error. Russian first
/// (the platform's users); codes next to them stay stable for clients.
/// </summary>
public static class Texts
{
    public const string ValidationTitle = "Проверьте введённые данные";
    public const string BadRequest = "Запрос не понят сервером";
    public const string Unauthenticated = "Нужно войти в систему";
    public const string Forbidden = "Нет доступа";
    public const string NotFound = "Не найдено";
    public const string ForeignOrigin = "Подключение возможно только со страниц самой платформы";
    public const string MethodNotAllowed = "Такое действие здесь не поддерживается";
    public const string RequestTooLarge = "Слишком большой запрос: файл не должен превышать 10 МБ";
    public const string UnsupportedMediaType = "Неподдерживаемый формат запроса";
    public const string RateLimited = "Слишком много попыток. Подождите немного и попробуйте снова";
    public const string RateLimitedFor = "Слишком много попыток. Повторите через {0}";
    public const string CodesToAddressLimited = "На этот номер или адрес уже отправлено несколько кодов. Новый код можно запросить через {0}";
    public const string InternalError = "Внутренняя ошибка сервера. Мы уже знаем о ней";
    public const string DatabaseUnavailable = "Сервер временно потерял связь с базой данных. Повторите через несколько секунд";
    public const string CsrfInvalid = "Страница устарела: обновите её и повторите действие";
    public const string MalformedJson = "Тело запроса должно быть корректным JSON-объектом";

    public const string Required = "Заполните это поле";
    public const string TooLong = "Слишком длинное значение: не больше {0} символов";
    public const string TooManyItems = "Слишком много значений: не больше {0}";
    public const string RepeatedItems = "Одно и то же значение указано несколько раз";
    public const string ControlCharacters = "Недопустимые служебные символы";
    public const string Markup = "Символы < и > здесь не допускаются";
    public const string UnknownKind = "Выберите тип организации";
    public const string UnknownRegion = "Выберите субъект Российской Федерации из списка";
    public const string PhoneInvalid = "Укажите мобильный номер России: +7 9XX XXX-XX-XX";
    public const string EmailInvalid = "Укажите адрес электронной почты, например name@school.ru";
    public const string InnFormat = "ИНН организации состоит из 10 цифр";
    public const string InnChecksum = "Неверная контрольная сумма ИНН: проверьте цифры";
    public const string KppFormat = "КПП состоит из 9 символов: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры";
    public const string DocumentRequired = "Приложите документ о назначении администратора";
    public const string DocumentTooLarge = "Документ больше 10 МБ";
    public const string DocumentEmpty = "Файл пустой";
    public const string DocumentType = "Документ должен быть в формате PDF, JPEG или PNG";
    public const string FormExpected = "Заявка отправляется формой (multipart/form-data)";

    public const string DuplicateOrganization = "Организация с такими ИНН и КПП уже зарегистрирована на платформе";
    public const string DuplicateOrganizationDetail = "Если вы её сотрудник, попросите администратора организации пригласить вас.";
    public const string ApplicationNotFound = "Заявка не найдена";
    public const string AlreadyReviewed = "Заявка уже рассмотрена";
    public const string ReasonRequired = "Укажите причину отказа: её увидит заявитель";

    public const string InvalidCredentials = "Неверный логин или пароль";
    public const string LockedOut = "Вход временно заблокирован после нескольких неудачных попыток. Попробуйте через 15 минут";
    public const string AmbiguousEmail = "Этот адрес принадлежит нескольким аккаунтам: войдите по номеру телефона";
    public const string PasswordWeak = "Пароль: не меньше 8 символов, хотя бы одна буква и одна цифра";
    public const string PasswordTooLong = "Пароль не длиннее 128 символов";
    public const string SetupTokenInvalid = "Ссылка для создания первого оператора недействительна или уже использована";
    public const string PhoneTaken = "Этот номер уже принадлежит другому аккаунту";

    public const string InvitationNotFound = "Приглашение не найдено";
    public const string InvitationJustSent = "Приглашение только что отправлено: повторить можно через минуту";
    public const string InvitationUsed = "Приглашение уже использовано. Войдите со своим паролем";
    public const string InvitationExpired = "Срок приглашения истёк. Попросите оператора платформы отправить новое";
    public const string CodeWrong = "Неверный код";
    public const string CodeExpired = "Код устарел или не запрашивался: получите новый код";
    public const string CodeTooManyFailures = "Слишком много неверных попыток: получите новый код";
    public const string ExistingAccountPassword = "У вас уже есть аккаунт с этим номером: введите его пароль";
    public const string ExistingAccountPasswordEmail = "У вас уже есть аккаунт с этим адресом почты: введите его пароль";
    public const string SamePhone = "Это ваш текущий номер";

    public const string OrganizationNotFound = "Организация не найдена";
    public const string UrlInvalid = "Укажите адрес сайта целиком, например https://school.ru";
    public const string UnknownTimeZone = "Выберите часовой пояс из списка";
    public const string StudentChatCompanion = "Выберите, кто участвует в переписке сотрудника с учеником";
    public const string TimeFormat = "Время в формате ЧЧ:ММ, например 08:00";
    public const string WorkdayOrder = "Конец рабочего дня должен быть позже начала";
    public const string WorkingDays = "Отметьте хотя бы один рабочий день";
    public const string AlreadyAdministrator = "Этот человек уже администратор организации";
    public const string PrimaryGradesClosed = "Регистрация учеников 1–4 классов закрыта: её открывает администратор в профиле школы";
    public const string AlreadyInClass = "Вы уже присоединились к этому классу";
    public const string NotYourChildsClass = "Выберите ученика из класса, к которому вы присоединились";
    public const string GuardianshipExists = "Связь с этим учеником уже запрошена";
    public const string GuardianshipNotFound = "Запрос не найден";
    public const string ParentAwaitsChild = "Чаты школы откроются, когда ребёнок или классный руководитель подтвердит, что вы родитель";
    public const string ParentsOnly = "Связать себя с учеником может только родитель, присоединившийся к классу";
    public const string MembershipDeactivated = "Администратор школы закрыл вам доступ. Обратитесь к нему, если это ошибка";
    public const string AccessClosed = "Доступ к пространству школы закрыт";
    public const string ConsentRequired = "Чтобы связать аккаунт с ребёнком, подтвердите согласие на обработку его персональных данных";
    public const string CannotDeactivateSelf = "Нельзя закрыть доступ самому себе";
    public const string DeletionPassword = "Введите пароль, чтобы подтвердить удаление аккаунта";
    public const string ImportRole = "Неизвестная роль «{0}»: укажите учитель, ученик или родитель";
    public const string ImportClassRequired = "Для ученика и родителя укажите класс";
    public const string ImportContactRequired = "Укажите телефон или e-mail: на него придёт код для входа";
    public const string ImportColumns = "В первой строке нет столбцов: {0}";
    public const string ImportMissingFile = "В архиве OneRoster нет этого файла";
    public const string ImportEncoding = "Не удалось прочитать текст: сохраните файл в кодировке UTF-8 или Windows-1251";
    public const string ImportDuplicateId = "Повторяется идентификатор «{0}»";
    public const string ImportUnknownClass = "Класс «{0}» не найден";
    public const string ImportUnknownUser = "Пользователь «{0}» не найден в users.csv";
    public const string ImportDuplicatePerson = "Повтор: этот телефон или e-mail с этой ролью уже есть в строке {0}";
    public const string ImportAlreadyMember = "Уже состоит в организации с этой ролью";
    public const string ImportUnreadable = "Файл не похож на CSV или zip-архив OneRoster";
    public const string ImportNotCsv = "Это не CSV-файл. Откройте список в Excel и сохраните его как «CSV UTF-8» или «CSV (разделители — точки с запятой)», затем загрузите снова";
    public const string ImportOfficeDocument = "Это не CSV-файл, а документ Excel или Word. Сохраните таблицу как «CSV UTF-8» («Файл → Сохранить как») и загрузите её";
    public const string ImportInvalidClassName = "«{0}» — не название класса: нужен номер от 1 до 11 и русская буква, например 6А";
    public const string ImportEmpty = "В файле нет ни одного человека";
    public const string ImportTooLarge = "Файл импорта не больше 20 МБ и 20 000 строк";
    public const string ImportNotFound = "Импорт не найден";
    public const string ImportOutdated = "Классы школы изменились после проверки: загрузите файл ещё раз";
    public const string ImportAlreadyApplied = "Этот импорт уже применён";
    public const string TwoFactorSmsUnavailable = "Код по SMS недоступен: у аккаунта нет подтверждённого телефона";
    public const string TwoFactorEmailUnavailable = "Код по почте недоступен: у аккаунта нет подтверждённого адреса электронной почты";
    public const string TwoFactorRequired = "Администратору нужен второй фактор входа: включите приложение-аутентификатор в разделе «Безопасность аккаунта»";
    public const string GroupKind = "Выберите вид группы";
    public const string GroupExists = "Группа «{0}» уже есть";
    public const string GroupNotFound = "Группа не найдена";
    public const string GroupRoleMismatch = "В эту группу нельзя добавить человека с такой ролью";
    public const string ExternalProviderNotFound = "Вход через внешний сервис не настроен";
    public const string YoungOnlyPrimary = "Регистрация с e-mail родителя — только для учеников 1–4 классов по ссылке своего класса";
    public const string ConsentNotFound = "Ссылка недействительна или регистрация уже подтверждена";
    public const string SessionNotFound = "Сеанс не найден или уже завершён";
    public const string CurrentPasswordWrong = "Текущий пароль введён неверно";

    public const string GradeRange = "Класс — число от 1 до 11";
    public const string ClassLetter = "Литера класса — одна заглавная русская буква, например А";
    public const string ClassExists = "Класс «{0}» уже есть";
    public const string ClassNotFound = "Класс не найден";
    public const string SubjectExists = "Предмет «{0}» уже есть";
    public const string SubjectNotFound = "Предмет не найден";

    public const string JoinLinkNotFound = "Ссылка-приглашение не найдена";
    public const string JoinLinkExpired = "Срок действия ссылки истёк. Попросите новую у администратора школы";
    public const string JoinLinkRevoked = "Ссылка отозвана. Попросите новую у администратора школы";
    public const string JoinLinkUsedUp = "По этой ссылке уже присоединилось максимальное число людей. Попросите новую";
    public const string JoinLinkKind = "Выберите, кого приглашает ссылка";
    public const string JoinLinkDays = "Срок действия — от 1 до 90 дней";
    public const string JoinLinkUses = "Число использований — от 1 до 2000";
    public const string AlreadyMember = "Вы уже состоите в этой организации";
    public const string MembershipNotFound = "Сотрудник не найден";
    public const string PositionRequired = "Выберите должность";
    public const string UnknownSubject = "Такого предмета в школе нет";
    public const string UnknownClass = "Такого класса в школе нет";
    public const string NotStaff = "Подтвердить можно только сотрудника, присоединившегося по ссылке для сотрудников";
}
