using Microsoft.EntityFrameworkCore;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>House rule 5: the model and the generated migrations of the provider under test agree.</summary>
public sealed class MigrationTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public void No_model_change_is_missing_a_migration()
    {
        factory.WithDb(db =>
        {
            Assert.False(db.Database.HasPendingModelChanges(),
                $"The model has changes without a migration for {PartaFactory.Provider}: run scripts/add-migration.sh <Name>.");
            Assert.Empty(db.Database.GetPendingMigrations());
            return 0;
        });
    }
}
