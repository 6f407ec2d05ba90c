namespace Parta.Server.Features.Chats;

/// <summary>What people read when a chat action is refused (MSG-1…4).</summary>
public static class ChatTexts
{
    public const string ChatNotFound = "Чат не найден";
    public const string MessageNotFound = "Сообщение не найдено";
    public const string PersonNotFound = "Человек не найден в вашей организации";
    public const string StudentUnreachable = "Написать ученику могут только его учителя, администрация, родители и одноклассники";
    public const string CannotWrite = "В этом чате пишут только администраторы";
    public const string ChannelAdminsOnly = "В информационный канал пишут только администраторы школы";
    public const string NotChatAdmin = "Это могут только администраторы чата";
    public const string NotAuthor = "Изменить сообщение может только его автор";
    public const string MessageDeleted = "Сообщение удалено";
    public const string NotYourself = "Нельзя начать чат с самим собой";
    public const string StaffOnly = "Создавать чаты могут учителя и администрация";
    public const string RosterChat = "Состав этого чата следует за классом или группой и меняется там";
    public const string ClientIdRequired = "Нужен идентификатор сообщения клиента";
    public const string ReplyNotFound = "Сообщение, на которое вы отвечаете, не найдено";
    public const string MembersRequired = "Добавьте хотя бы одного участника";
    public const string TooManyMembers = "Не больше {0} участников за раз";
    public const string LimitRange = "Число сообщений — от 1 до {0}";
    public const string OneCursor = "Укажите что-то одно: before, after или around";
    public const string AcknowledgementStaffOnly = "Просить об ознакомлении могут учителя и администрация";
    public const string NoAcknowledgementAsked = "Это сообщение не требует ознакомления";
    public const string OwnMessage = "Это ваше сообщение";
    public const string UnknownReaction = "Выберите реакцию из предложенных";
    public const string NotSenderOrAdmin = "Это может только автор сообщения или администратор чата";
    public const string TooManyPins = "Закрепить можно не больше {0} сообщений";
    public const string PinDeleted = "Удалённое сообщение нельзя закрепить";
    public const string PollOptionsCount = "Нужно от 2 до {0} вариантов ответа";
    public const string PollOptionsRepeat = "Варианты ответа не должны повторяться";
    public const string PollClosesInPast = "Время завершения опроса уже прошло";
    public const string PollNotFound = "Опрос не найден";
    public const string PollClosed = "Опрос завершён";
    public const string PollOneOption = "В этом опросе можно выбрать только один вариант";
    public const string PollUnknownOption = "Такого варианта ответа нет";
    public const string PollAnonymous = "Опрос анонимный: кто как голосовал, не показывается";
    public const string SearchEmpty = "Введите слово для поиска";
    public const string SearchTooLong = "Запрос — не длиннее {0} символов";
    public const string ScheduleInPast = "Выберите время отправки в будущем";
    public const string ScheduleTooFar = "Запланировать можно не больше чем на год вперёд";
    public const string ScheduledNotFound = "Запланированное сообщение не найдено — возможно, оно уже отправлено";
    public const string DirectChatNoAvatar = "У личного чата нет своего фото: в нём видно фото собеседника";
    public const string AvatarMissing = "Выберите фото";
    public const string AvatarTooLarge = "Фото должно быть не больше 256 КБ";
    public const string AvatarWrongType = "Подходит фото в формате JPEG, PNG или WebP";
    public const string AvatarNotFound = "У чата нет фото";
    public const string ChannelTitle = "Информационный канал";
    public const string StudentsSuffix = "ученики";
    public const string ParentsSuffix = "родители";
    public const string EveryoneSuffix = "ученики и родители";
}
