namespace Parta.Server.Features.Files;

/// <summary>What people read when an upload or a download is refused (FILE-1).</summary>
public static class FileTexts
{
    public const string UploadNotFound = "Загрузка не найдена: начните её заново";
    public const string UploadExpired = "Срок докачки истёк: начните загрузку заново";
    public const string FileNotFound = "Файл не найден";
    public const string TusVersion = "Сервер поддерживает протокол tus только версии 1.0.0";
    public const string LengthRequired = "Укажите размер файла (Upload-Length)";
    public const string LengthInvalid = "Размер файла указан неверно";
    public const string MetadataInvalid = "Сведения о файле (Upload-Metadata) указаны неверно";
    public const string FileTooLarge = "Файл слишком большой: не больше {0}";
    public const string QuotaExceeded = "Место для файлов организации закончилось: свободно {0}. Удалите ненужные файлы или обратитесь к администратору";
    public const string OffsetMismatch = "Часть файла уже получена: продолжите с места, которое сообщает сервер";
    public const string OffsetInvalid = "Место продолжения (Upload-Offset) указано неверно";
    public const string ContentTypeRequired = "Части файла отправляются с типом application/offset+octet-stream";
    public const string BeyondLength = "Прислано больше данных, чем заявлено в размере файла";
    public const string ChecksumInvalid = "Контрольная сумма (Upload-Checksum) указана неверно";
    public const string ChecksumAlgorithm = "Этот алгоритм контрольной суммы не поддерживается: используйте sha1 или sha256";
    public const string ChecksumMismatch = "Часть файла повреждена при передаче: отправьте её ещё раз";
    public const string UploadBusy = "Эта загрузка уже идёт в другом запросе: подождите и повторите";
    public const string TypeRefused = "Такие файлы загружать нельзя: программы и сценарии могут навредить компьютерам учеников";
    public const string TypeMismatch = "Содержимое файла не соответствует его типу ({0})";
    public const string EmptyFile = "Файл пустой";
    public const string Scanning = "Файл проверяется на вирусы: он откроется, как только проверка закончится";
    public const string Infected = "Файл заблокирован: найдена угроза";
}
