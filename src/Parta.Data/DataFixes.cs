namespace Parta.Data;

/// <summary>
/// Changes to existing rows that a rule change needs, run by the generated migration of the same name in every
/// provider (the SQL is plain enough for SQLite and PostgreSQL alike, so it is written once).
/// </summary>
public static class DataFixes
{
    /// <summary>
    /// ID-4: a parent reaches the channel and the class chats only through a confirmed link to a child. Parents
    /// who joined through a (possibly forwarded) class link and were never confirmed leave the roster rows the
    /// old rule gave them. People who hold another role in the school are left to the next roster reconcile,
    /// which knows all of their roles; rows added by hand stay, as the reconcile keeps them too.
    /// </summary>
    public const string UnlinkedParentsLeaveSchoolChats = """
        DELETE FROM "ChatMembers"
        WHERE "FromRoster" = TRUE
          AND "ChatId" IN (SELECT "Id" FROM "Chats" WHERE "Kind" = 'Channel' OR ("Kind" = 'Class' AND "Audience" <> 'Students'))
          AND EXISTS (
              SELECT 1 FROM "Memberships" p
              WHERE p."OrganizationId" = "ChatMembers"."OrganizationId" AND p."AccountId" = "ChatMembers"."AccountId" AND p."Role" = 'Parent'
                AND NOT EXISTS (
                    SELECT 1 FROM "Guardianships" g JOIN "Memberships" s ON s."Id" = g."StudentMembershipId"
                    WHERE g."ParentMembershipId" = p."Id" AND g."Status" = 'Confirmed'
                      AND s."DeactivatedAt" IS NULL AND s."ParentConsentTokenHash" IS NULL))
          AND NOT EXISTS (
              SELECT 1 FROM "Memberships" o
              WHERE o."OrganizationId" = "ChatMembers"."OrganizationId" AND o."AccountId" = "ChatMembers"."AccountId" AND o."Role" <> 'Parent');
        """;

    /// <summary>
    /// BEY-3: the classmates switch came with the chats as a column whose default was false, so schools that existed
    /// then were switched off while the model's default (and the spec's) is on. Nothing could set it until the
    /// school's profile showed it, so every stored value is one of those defaults: all become true. The new rule
    /// for staff members' chats with students starts as a plain one-to-one chat everywhere, as before.
    /// </summary>
    public const string StudentChatRulesStartAsTheSpecSays = """
        UPDATE "Organizations" SET "ClassmatesMayMessage" = TRUE, "TeacherStudentChatCompanion" = 'None';
        """;
}
