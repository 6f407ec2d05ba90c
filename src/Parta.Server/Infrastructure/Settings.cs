using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Parta.Server.Infrastructure;

/// <summary>
/// An option class bound to its configuration section and checked as the server starts (data annotations and
/// <see cref="IValidatableObject"/>): a wrong value stops start-up with a sentence that names the setting as an
/// operator writes it («Messaging:ScheduledCheckSeconds: …»), instead of failing the first request or loop that
/// reads it. A value of the wrong type (text for a number) stops start-up too, named by the configuration binder.
/// </summary>
public static class Settings
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SectionValidation<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    public static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private sealed class SectionValidation<T>(string section) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var errors = new List<ValidationResult>();
            if (Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true)) return ValidateOptionsResult.Success;
            return ValidateOptionsResult.Fail(errors.Select(e => $"{string.Join(", ", e.MemberNames.Select(member => $"{section}:{member}"))}: {e.ErrorMessage}"));
        }
    }
}
