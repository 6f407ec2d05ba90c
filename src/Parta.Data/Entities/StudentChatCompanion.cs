namespace Parta.Data.Entities;

/// <summary>BEY-3, by the school's choice: who else is in a private conversation between a staff member and a student.</summary>
public enum StudentChatCompanion
{
    /// <summary>A plain one-to-one chat.</summary>
    None = 1,
    /// <summary>The student's confirmed parents are in it too.</summary>
    Parents = 2,
    /// <summary>A second staff member is in it too: the student's class teacher, or the administrators when the class teacher is the one writing.</summary>
    SecondStaff = 3,
}
