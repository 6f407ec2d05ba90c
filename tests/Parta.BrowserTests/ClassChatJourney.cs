using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// MSG-1…4 in the browser: the class teacher of 5А opens the class's students' and parents' chats; the
/// teacher and two students (one on a phone) talk in the students' chat, each seeing the others'
/// messages, replies, typing and read receipts as they happen, without reloading; Миша's parent, once he
/// confirms her, sees the parents' chat and not the students' one.
/// </summary>
public sealed class ClassChatJourney
{
    public const string Teacher = "Петров Иван Сергеевич";

    [Fact]
    public async Task Teacher_and_two_students_chat_in_5A_live_and_a_parent_sees_only_the_parents_chat() =>
        await Journey.RunAsync("class-chat", async (server, browser) =>
        {
            var (operatorPage, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);

            var teacher = await browser.NewPersonAsync(server.BaseUrl);
            // The teacher's realtime connection passes through a route the story can cut, like a dropped network.
            var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
            await teacher.RouteWebSocketAsync(new Regex("/hubs/events"), ws =>
            {
                var serverSide = ws.ConnectToServer();
                lock (sockets) sockets.Add((ws, serverSide));
            });
            var (studentLink, parentLink) = await ClassTeacherOf5AAsync(operatorPage, admin, teacher);

            var misha = await browser.NewPersonAsync(server.BaseUrl);
            await StaffJoiningJourney.JoinAsync(misha, studentLink, "Козлов Миша", "+7 922 333-44-55", operatorPage);
            var olya = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await StaffJoiningJourney.JoinAsync(olya, studentLink, "Смирнова Оля", "+7 922 333-44-66", operatorPage);
            var parent = await browser.NewPersonAsync(server.BaseUrl);
            await StaffJoiningJourney.JoinAsync(parent, parentLink, "Козлова Анна Петровна", "+7 922 555-66-77", operatorPage);
            // ID-4: the class's chats open to the parent once Миша confirms she is his mother.
            await parent.GetByLabel("Ваш ребёнок в классе 5А").SelectOptionAsync(new SelectOptionValue { Label = "Козлов Миша" });
            await parent.GetByLabel("Я даю согласие на обработку персональных данных").CheckAsync();
            await parent.GetByRole(AriaRole.Button, new() { Name = "Это мой ребёнок" }).ClickAsync();
            await Assertions.Expect(parent.GetByText("Козлов Миша — ждёт подтверждения")).ToBeVisibleAsync();
            await misha.ReloadAsync();
            await misha.GetByRole(AriaRole.Button, new() { Name = "Да, это мой родитель" }).ClickAsync();
            await Assertions.Expect(misha.GetByText("Козлова Анна Петровна — подтверждено")).ToBeVisibleAsync();

            // The teacher opens the students' chat and the parents' chat of 5А.
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await Assertions.Expect(ChatLink(teacher, "Информационный канал")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "teacher-chats");
            // Working hours name the school's zone in Russian words, never by its identifier («Europe/Kirov»).
            await teacher.GetByText("Мои рабочие часы").ClickAsync();
            await Assertions.Expect(teacher.Locator(".quiet-hours")).ToContainTextAsync("GMT+");
            await Assertions.Expect(teacher.Locator(".quiet-hours")).Not.ToContainTextAsync(new Regex("[A-Za-z]+/[A-Za-z_]+"));
            await browser.ScreenshotAsync(teacher, "teacher-working-hours");
            await teacher.GetByText("Мои рабочие часы").ClickAsync();
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Новый чат" }).ClickAsync();
            await teacher.GetByLabel("Для кого").SelectOptionAsync("parents");
            await browser.ScreenshotAsync(teacher, "teacher-new-chat");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Открыть чат класса" }).ClickAsync();
            await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "5А — родители" })).ToBeVisibleAsync();
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Новый чат" }).ClickAsync();
            await teacher.GetByLabel("Для кого").SelectOptionAsync("students");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Открыть чат класса" }).ClickAsync();
            await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "5А — ученики" })).ToBeVisibleAsync();
            await Assertions.Expect(teacher.GetByText("Здесь пока тихо")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "teacher-empty-class-chat");

            var composer = teacher.GetByLabel("Сообщение", new() { Exact = true });
            await composer.FillAsync("Здравствуйте, 5А!\nЗавтра контрольная по математике.");
            await composer.PressAsync("Enter");
            await Assertions.Expect(Message(teacher, "Завтра контрольная по математике.")).ToBeVisibleAsync();
            await Assertions.Expect(composer).ToHaveValueAsync("");

            // Миша (desktop) sees the chat with one unread message, reads it and replies.
            await misha.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await Assertions.Expect(ChatLink(misha, "5А — ученики").Locator(".unread-badge")).ToContainTextAsync("1");
            await browser.ScreenshotAsync(misha, "student-unread");
            await ChatLink(misha, "5А — ученики").ClickAsync();
            var fromTeacher = Message(misha, "Завтра контрольная по математике.");
            await Assertions.Expect(fromTeacher).ToContainTextAsync(Teacher);
            await Assertions.Expect(fromTeacher).ToContainTextAsync("Подтверждённый учитель");
            await MessageMenu.ChooseAsync(fromTeacher, "Ответить");
            await misha.GetByLabel("Сообщение", new() { Exact = true }).FillAsync("А какие темы?");
            await misha.GetByLabel("Сообщение", new() { Exact = true }).PressAsync("Enter");
            await Assertions.Expect(Message(misha, "А какие темы?")).ToBeVisibleAsync();

            // The teacher sees the reply arrive, with its quote, without reloading.
            var reply = Message(teacher, "А какие темы?");
            await Assertions.Expect(reply).ToContainTextAsync("Козлов Миша");
            await Assertions.Expect(reply.Locator(".reply-preview")).ToContainTextAsync("Здравствуйте, 5А!");
            await Assertions.Expect(Message(teacher, "Завтра контрольная").Locator(".receipt")).ToHaveTextAsync("прочитали 1 из 2");
            await browser.ScreenshotAsync(teacher, "teacher-sees-reply");

            // Оля on a phone: the list first, then the chat as its own screen with a way back.
            await olya.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await Assertions.Expect(ChatLink(olya, "5А — ученики").Locator(".unread-badge")).ToContainTextAsync("2");
            await browser.ScreenshotAsync(olya, "phone-chat-list");
            await ChatLink(olya, "5А — ученики").ClickAsync();
            await Assertions.Expect(Message(olya, "А какие темы?")).ToBeVisibleAsync();
            await Assertions.Expect(olya.GetByRole(AriaRole.Link, new() { Name = "К списку чатов" })).ToBeVisibleAsync();
            await Assertions.Expect(olya.Locator(".chat-list-pane")).ToBeHiddenAsync();
            await Assertions.Expect(Message(teacher, "Завтра контрольная").Locator(".receipt")).ToHaveTextAsync("прочитали 2 из 2");

            // Typing shows on the others' screens; the message reaches both of them live.
            var olyaComposer = olya.GetByLabel("Сообщение", new() { Exact = true });
            await olyaComposer.FillAsync("Дроби и проценты");
            await Assertions.Expect(teacher.GetByText("Смирнова Оля печатает…")).ToBeVisibleAsync();
            await Assertions.Expect(misha.GetByText("Смирнова Оля печатает…")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(misha, "student-sees-typing");
            await olya.GetByRole(AriaRole.Button, new() { Name = "Отправить", Exact = true }).ClickAsync();
            await Assertions.Expect(Message(teacher, "Дроби и проценты")).ToContainTextAsync("Смирнова Оля");
            await Assertions.Expect(Message(misha, "Дроби и проценты")).ToContainTextAsync("Смирнова Оля");
            await Assertions.Expect(Message(olya, "Дроби и проценты")).ToBeVisibleAsync();
            // Both others had the chat open: it counts as read for them, and Оля sees so.
            await Assertions.Expect(Message(olya, "Дроби и проценты").Locator(".receipt")).ToHaveTextAsync("прочитали 2 из 2");
            await browser.ScreenshotAsync(olya, "phone-conversation");

            // The teacher's connection drops: a banner says so, a message written meanwhile waits as pending,
            // and after the reconnect Sync brings what Миша wrote and the pending message goes out once.
            await teacher.Context.SetOfflineAsync(true);
            List<(IWebSocketRoute Page, IWebSocketRoute Server)> open;
            lock (sockets) open = [.. sockets];
            foreach (var (pageSide, serverSide) in open)
            {
                try { await serverSide.CloseAsync(); await pageSide.CloseAsync(); }
                catch (PlaywrightException) { } // already closed
            }
            var banner = teacher.GetByText("Нет соединения — переподключаемся…");
            await Assertions.Expect(banner).ToBeVisibleAsync();
            await composer.FillAsync("Проверю тетради вечером");
            await composer.PressAsync("Enter");
            await Assertions.Expect(Message(teacher, "Проверю тетради вечером")).ToContainTextAsync("отправляется…");
            await misha.GetByLabel("Сообщение", new() { Exact = true }).FillAsync("Я приду пораньше");
            await misha.GetByLabel("Сообщение", new() { Exact = true }).PressAsync("Enter");
            await Assertions.Expect(Message(misha, "Я приду пораньше")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "teacher-offline");
            await teacher.Context.SetOfflineAsync(false);
            await Assertions.Expect(banner).ToBeHiddenAsync(new() { Timeout = 30000 });
            await Assertions.Expect(Message(teacher, "Я приду пораньше")).ToBeVisibleAsync();
            await Assertions.Expect(Message(misha, "Проверю тетради вечером")).ToContainTextAsync(Teacher);
            await Assertions.Expect(Message(teacher, "Проверю тетради вечером")).Not.ToContainTextAsync("отправляется…");
            await Assertions.Expect(Message(olya, "Проверю тетради вечером")).ToHaveCountAsync(1);

            // The teacher corrects the message: everyone sees the change and the «изменено» mark.
            // The first of the two: Миша's reply below quotes it.
            await MessageMenu.ChooseAsync(Message(teacher, "Завтра контрольная").First, "Изменить");
            await composer.FillAsync("Здравствуйте, 5А!\nКонтрольная по математике — в четверг.");
            await composer.PressAsync("Enter");
            await Assertions.Expect(Message(misha, "в четверг")).ToContainTextAsync("изменено");
            await Assertions.Expect(Message(olya, "в четверг")).ToContainTextAsync("изменено");

            // Who read it: teachers see the names.
            await MessageMenu.ChooseAsync(Message(teacher, "в четверг"), "Кто прочитал");
            await Assertions.Expect(Message(teacher, "в четверг").Locator(".readers")).ToContainTextAsync("Козлов Миша");
            await browser.ScreenshotAsync(teacher, "teacher-conversation");
            await browser.ScreenshotAsync(misha, "student-conversation");

            // MSG-3: the teacher pins the corrected message; both students see it in the chat's header at once,
            // and pressing it brings the message into view.
            await MessageMenu.ChooseAsync(Message(teacher, "в четверг"), "Закрепить");
            var mishaPins = misha.GetByRole(AriaRole.Navigation, new() { Name = "Закреплённые сообщения" });
            await Assertions.Expect(mishaPins).ToContainTextAsync("Контрольная по математике — в четверг.");
            await Assertions.Expect(olya.GetByRole(AriaRole.Navigation, new() { Name = "Закреплённые сообщения" })).ToContainTextAsync("в четверг");
            // A student may not pin in a class chat: the menu offers replying, not pinning; Escape closes it and
            // gives focus back to the menu's button.
            var mishaMenu = await MessageMenu.OpenAsync(Message(misha, "в четверг"));
            await Assertions.Expect(mishaMenu.GetByRole(AriaRole.Menuitem, new() { Name = "Ответить", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(mishaMenu.GetByRole(AriaRole.Menuitem, new() { Name = "Закрепить", Exact = true })).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(misha, "student-message-menu");
            await misha.Keyboard.PressAsync("Escape");
            await Assertions.Expect(mishaMenu).ToBeHiddenAsync();
            await Assertions.Expect(MessageMenu.Button(Message(misha, "в четверг"))).ToBeFocusedAsync();
            await mishaPins.GetByRole(AriaRole.Button).First.ClickAsync();
            await Assertions.Expect(Message(misha, "в четверг")).ToBeFocusedAsync();
            await browser.ScreenshotAsync(misha, "student-sees-pin");
            await browser.ScreenshotAsync(olya, "phone-pin");

            // MSG-5: the teacher asks with a poll; Миша and Оля vote and everyone sees the counts live.
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Опрос", Exact = true }).ClickAsync();
            await teacher.GetByLabel("Вопрос", new() { Exact = true }).FillAsync("Когда удобнее консультация?");
            await teacher.GetByLabel("Вариант 1", new() { Exact = true }).FillAsync("Понедельник");
            await teacher.GetByLabel("Вариант 2", new() { Exact = true }).FillAsync("Среда");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Добавить вариант" }).ClickAsync();
            await teacher.GetByLabel("Вариант 3", new() { Exact = true }).FillAsync("Пятница");
            await browser.ScreenshotAsync(teacher, "teacher-poll-form");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Отправить опрос" }).ClickAsync();
            await Assertions.Expect(PollOption(misha, "Среда")).ToBeVisibleAsync();
            await PollOption(misha, "Среда").ClickAsync();
            await Assertions.Expect(PollOption(misha, "Среда")).ToHaveAttributeAsync("aria-pressed", "true");
            await Assertions.Expect(PollOption(olya, "Среда")).ToContainTextAsync("1 · 100%");
            await PollOption(olya, "Пятница").ClickAsync();
            foreach (var page in new[] { teacher, misha, olya })
            {
                await Assertions.Expect(Message(page, "Когда удобнее консультация?").Locator(".poll-foot")).ToContainTextAsync("Проголосовали: 2");
                await Assertions.Expect(PollOption(page, "Среда")).ToContainTextAsync("1 · 50%");
                await Assertions.Expect(PollOption(page, "Пятница")).ToContainTextAsync("1 · 50%");
                await Assertions.Expect(PollOption(page, "Понедельник")).ToContainTextAsync("0 · 0%");
            }
            await Assertions.Expect(PollOption(olya, "Пятница")).ToHaveAttributeAsync("aria-pressed", "true");
            await Assertions.Expect(PollOption(olya, "Среда")).ToHaveAttributeAsync("aria-pressed", "false");

            // Who voted for what (the poll is not anonymous), and a reaction seen by the others.
            await Message(teacher, "Когда удобнее консультация?").GetByRole(AriaRole.Button, new() { Name = "Кто голосовал" }).ClickAsync();
            await Assertions.Expect(Message(teacher, "Когда удобнее консультация?").Locator(".readers")).ToContainTextAsync("Среда: Козлов Миша");
            var olyaMenu = await MessageMenu.OpenAsync(Message(olya, "в четверг"));
            await browser.ScreenshotAsync(olya, "phone-message-menu");
            await olyaMenu.GetByRole(AriaRole.Menuitem, new() { Name = "Реакция", Exact = true }).ClickAsync();
            await olya.GetByRole(AriaRole.Group, new() { Name = "Выберите реакцию" }).GetByRole(AriaRole.Button, new() { Name = "👍" }).ClickAsync();
            await Assertions.Expect(Message(teacher, "в четверг").Locator(".reaction")).ToHaveTextAsync("👍 1");
            await Assertions.Expect(Message(olya, "в четверг").Locator(".reaction")).ToHaveAttributeAsync("aria-pressed", "true");
            await browser.ScreenshotAsync(teacher, "teacher-poll-results");
            await browser.ScreenshotAsync(olya, "phone-poll");

            // MSG-8: Миша searches another form of a word and opens the hit in its chat.
            await misha.GetByRole(AriaRole.Searchbox, new() { Name = "Поиск по сообщениям" }).FillAsync("контрольной");
            var hit = misha.Locator(".search-hit").Filter(new() { HasText = "5А — ученики" });
            await Assertions.Expect(hit.Locator("mark").First).ToHaveTextAsync("Контрольная");
            await browser.ScreenshotAsync(misha, "student-search");
            await hit.First.ClickAsync();
            // Focus stays on the hit (the highlight around it lasts only 2.5 s, too short to assert on a loaded machine).
            await Assertions.Expect(Message(misha, "в четверг")).ToBeFocusedAsync();
            await misha.GetByRole(AriaRole.Searchbox, new() { Name = "Поиск по сообщениям" }).FillAsync("");

            // A message that requires acknowledgement: Миша confirms, the teacher sees 1 of 2 and reminds Оля, who sees a notice.
            await teacher.GetByLabel("Требует ознакомления").CheckAsync();
            await composer.FillAsync("Завтра принесите дневники");
            await composer.PressAsync("Enter");
            await Message(misha, "принесите дневники").GetByRole(AriaRole.Button, new() { Name = "Ознакомлен", Exact = true }).ClickAsync();
            await Assertions.Expect(Message(misha, "принесите дневники")).ToContainTextAsync("Вы ознакомились");
            var ackCount = Message(teacher, "принесите дневники").Locator(".ack-count");
            await Assertions.Expect(ackCount).ToHaveTextAsync("ознакомились 1 из 2");
            await ackCount.ClickAsync();
            var ackList = Message(teacher, "принесите дневники").GetByRole(AriaRole.Region, new() { Name = "Ознакомление с сообщением" });
            await Assertions.Expect(ackList).ToContainTextAsync("Козлов Миша");
            await Assertions.Expect(ackList).ToContainTextAsync("Ещё не ознакомились: Смирнова Оля");
            await ackList.GetByRole(AriaRole.Button, new() { Name = "Напомнить" }).ClickAsync();
            await Assertions.Expect(ackList.GetByRole(AriaRole.Status)).ToHaveTextAsync("Напоминание отправлено: 1");
            await Assertions.Expect(olya.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Вас просят ознакомиться" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "teacher-acknowledgements");
            await browser.ScreenshotAsync(olya, "phone-ack-reminder");

            // Back to the list on the phone.
            await olya.GetByRole(AriaRole.Link, new() { Name = "К списку чатов" }).ClickAsync();
            await Assertions.Expect(ChatLink(olya, "5А — ученики")).ToBeVisibleAsync();

            // The parent sees the parents' chat of 5А and not the students' one.
            await parent.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await Assertions.Expect(ChatLink(parent, "5А — родители")).ToBeVisibleAsync();
            await Assertions.Expect(ChatLink(parent, "5А — ученики")).ToHaveCountAsync(0);
            await ChatLink(parent, "5А — родители").ClickAsync();
            await Assertions.Expect(parent.GetByText("Здесь пока тихо")).ToBeVisibleAsync();
            await Assertions.Expect(parent.GetByText("контрольная")).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(parent, "parent-chats");

            // Child safety (MSG-1): a parent who is not Оля's parent cannot write to her directly, and is told why.
            await parent.GetByRole(AriaRole.Button, new() { Name = "Новый чат" }).ClickAsync();
            await parent.GetByLabel("Кому написать").SelectOptionAsync(new SelectOptionValue { Label = "Смирнова Оля · Ученик" });
            await parent.GetByRole(AriaRole.Button, new() { Name = "Написать", Exact = true }).ClickAsync();
            await Assertions.Expect(parent.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Написать ученику могут только" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(parent, "parent-refused-direct-chat");

            // A direct chat with the class teacher is fine, and the teacher sees it arrive in the list.
            await parent.GetByLabel("Кому написать").SelectOptionAsync(new SelectOptionValue { Label = Teacher + " · Учитель" });
            await parent.GetByRole(AriaRole.Button, new() { Name = "Написать", Exact = true }).ClickAsync();
            await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Name = Teacher })).ToBeVisibleAsync();
            await parent.GetByLabel("Сообщение", new() { Exact = true }).FillAsync("Иван Сергеевич, можно вопрос про контрольную?");
            await parent.GetByLabel("Сообщение", new() { Exact = true }).PressAsync("Enter");
            await Assertions.Expect(ChatLink(teacher, "Козлова Анна Петровна").Locator(".unread-badge")).ToContainTextAsync("1");
            await browser.ScreenshotAsync(teacher, "teacher-new-direct-chat");
        });

    /// <summary>
    /// The administrator builds class 5А and invites <see cref="Teacher"/> by a staff link, the teacher joins on
    /// <paramref name="teacher"/> and is confirmed as 5А's class teacher, then makes the class's invitation links.
    /// </summary>
    public static async Task<(string StudentLink, string ParentLink)> ClassTeacherOf5AAsync(IPage operatorPage, IPage admin, IPage teacher)
    {
        await admin.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы" }).ClickAsync();
        await admin.GetByLabel("Параллель").SelectOptionAsync("5");
        await admin.GetByLabel("Литера").FillAsync("А");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Добавить класс" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".chip").Filter(new() { HasText = "5А" })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Приглашения" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку" }).ClickAsync();
        var staffLink = admin.Locator(".card .tracking-link").First;
        await Assertions.Expect(staffLink).ToContainTextAsync("/join/");
        var joinUrl = await staffLink.InnerTextAsync();

        await teacher.GotoAsync(joinUrl);
        await teacher.GetByLabel("ФИО").FillAsync(Teacher);
        await teacher.GetByLabel("Мобильный телефон").FillAsync("+7 922 111-22-33");
        await SchoolRegistrationJourney.EnterSmsCodeAsync(teacher, operatorPage);
        await teacher.GetByLabel("Пароль", new() { Exact = true }).FillAsync("teacher-pass-7");
        await teacher.GetByLabel("Повторите пароль").FillAsync("teacher-pass-7");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Присоединиться" }).ClickAsync();
        await Assertions.Expect(teacher.GetByText("Ожидает подтверждения")).ToBeVisibleAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = "Сотрудники" }).ClickAsync();
        var card = admin.Locator(".card").Filter(new() { HasText = Teacher });
        await card.GetByLabel("Должность").SelectOptionAsync(new SelectOptionValue { Label = "Классный руководитель" });
        await card.GetByLabel("5А").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Подтвердить как учителя" }).ClickAsync();
        await Assertions.Expect(card.GetByText("Подтверждённый учитель")).ToBeVisibleAsync();

        // The class teacher makes the class's links for students and for parents.
        await teacher.ReloadAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы" }).ClickAsync();
        await teacher.Locator(".chip a").Filter(new() { HasText = "5А" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку для учеников" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку для родителей" }).ClickAsync();
        return (await teacher.Locator(".card").Filter(new() { HasText = "Для учеников 5А" }).Locator(".tracking-link").InnerTextAsync(),
            await teacher.Locator(".card").Filter(new() { HasText = "Для родителей 5А" }).Locator(".tracking-link").InnerTextAsync());
    }

    internal static ILocator ChatLink(IPage page, string title) => page.Locator(".chat-link").Filter(new() { HasText = title });

    internal static ILocator Message(IPage page, string text) => page.Locator(".message").Filter(new() { HasText = text });

    private static ILocator PollOption(IPage page, string text) => page.Locator(".poll-option-button").Filter(new() { HasText = text });
}
