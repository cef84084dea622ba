using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Auth.Infrastructure.Persistence;

/// <summary>
/// A compiled EF query, compiled once per model: EF Core refuses to run a compiled query against a model other
/// than the one it was compiled for, and one process can hold several (a model per provider; the tests run the
/// same repositories on SQLite, PostgreSQL and MariaDB). Models are keyed weakly, so none is kept alive here.
/// </summary>
internal sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db)
    {
        var model = db.Model;
        return _byModel.TryGetValue(model, out var query) ? query : _byModel.GetValue(model, _ => compile());
    }
}
