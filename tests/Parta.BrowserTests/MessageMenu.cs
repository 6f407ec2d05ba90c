using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// A message's actions live behind its «Действия с сообщением» button (ISSUE 12), as in other messengers:
/// the journeys open that menu and choose an item by its name, as a person or a screen reader user would.
/// </summary>
internal static class MessageMenu
{
    public static ILocator Button(ILocator message) => message.GetByRole(AriaRole.Button, new() { Name = "Действия с сообщением" });

    /// <summary>Opens the message's menu; focus moves to its first item.</summary>
    public static async Task<ILocator> OpenAsync(ILocator message)
    {
        await Button(message).ClickAsync();
        var menu = message.GetByRole(AriaRole.Menu, new() { Name = "Действия с сообщением" });
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Menuitem).First).ToBeFocusedAsync();
        return menu;
    }

    public static async Task ChooseAsync(ILocator message, string action)
    {
        var menu = await OpenAsync(message);
        await menu.GetByRole(AriaRole.Menuitem, new() { Name = action, Exact = true }).ClickAsync();
        await Assertions.Expect(menu).ToBeHiddenAsync();
    }
}
