using System;
using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Engine;

/// <summary>
/// The files linted together (buf's "module"; a project's .proto items; the CLI's input files), for the rules that
/// compare files with each other: one package per directory, one value of <c>go_package</c> per package, request and
/// response types used by one RPC only, package import cycles. Indexes are built once, on first use, and are safe to
/// share between threads.
/// </summary>
public sealed class LintScope
{
    public static readonly LintScope Empty = new(Array.Empty<FileDescriptor>());

    private readonly Lazy<Dictionary<string, List<FileDescriptor>>> _byPackage;
    private readonly Lazy<Dictionary<string, List<FileDescriptor>>> _byDirectory;
    private readonly Lazy<Dictionary<string, List<MethodDescriptor>>> _methodsByType;
    private readonly Lazy<HashSet<string>> _filePaths;
    private readonly Dictionary<string, object> _cache = new(StringComparer.Ordinal);

    public LintScope(IReadOnlyList<FileDescriptor> files)
    {
        Files = files;
        _byPackage = new Lazy<Dictionary<string, List<FileDescriptor>>>(() => Group(files, file => file.Package));
        _byDirectory = new Lazy<Dictionary<string, List<FileDescriptor>>>(() => Group(files, file => DirectoryOf(file.Name)));
        _methodsByType = new Lazy<Dictionary<string, List<MethodDescriptor>>>(IndexMethodsByType);
        _filePaths = new Lazy<HashSet<string>>(() => new HashSet<string>(files.Select(file => file.Name), StringComparer.Ordinal));
    }

    /// <summary>The linted files, linked (imports are not in this list unless they are linted too).</summary>
    public IReadOnlyList<FileDescriptor> Files { get; }

    /// <summary>The linted files with this package ("" for files without one).</summary>
    public IReadOnlyList<FileDescriptor> FilesInPackage(string package) =>
        _byPackage.Value.TryGetValue(package, out var files) ? files : (IReadOnlyList<FileDescriptor>)Array.Empty<FileDescriptor>();

    /// <summary>The linted files whose import path is in this directory ("" for the root).</summary>
    public IReadOnlyList<FileDescriptor> FilesInDirectory(string directory) =>
        _byDirectory.Value.TryGetValue(directory, out var files) ? files : (IReadOnlyList<FileDescriptor>)Array.Empty<FileDescriptor>();

    /// <summary>The methods of linted files whose request or response is the message with this full name.</summary>
    public IReadOnlyList<MethodDescriptor> MethodsUsingType(string fullName) =>
        _methodsByType.Value.TryGetValue(fullName, out var methods) ? methods : (IReadOnlyList<MethodDescriptor>)Array.Empty<MethodDescriptor>();

    /// <summary>True when the file with this import path is linted (not only imported).</summary>
    public bool Contains(string importPath) => _filePaths.Value.Contains(importPath);

    /// <summary>A value computed once per scope and key (e.g. a rule's package graph), shared by every file's run.</summary>
    public T GetOrAdd<T>(string key, Func<LintScope, T> factory)
        where T : class
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var existing))
            {
                return (T)existing;
            }

            var created = factory(this);
            _cache.Add(key, created);
            return created;
        }
    }

    /// <summary>The directory part of an import path: <c>a/b/c.proto</c> → <c>a/b</c>, <c>c.proto</c> → "".</summary>
    public static string DirectoryOf(string importPath)
    {
        var slash = importPath.LastIndexOf('/');
        return slash < 0 ? string.Empty : importPath.Substring(0, slash);
    }

    /// <summary>The name of a request or response type as buf compares it: the full name, or the name as written when it did not resolve.</summary>
    public static string TypeName(MessageDescriptor? resolved, string written) =>
        resolved?.FullName ?? written.TrimStart('.');

    private static Dictionary<string, List<FileDescriptor>> Group(IReadOnlyList<FileDescriptor> files, Func<FileDescriptor, string> key)
    {
        var groups = new Dictionary<string, List<FileDescriptor>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = key(file);
            if (!groups.TryGetValue(name, out var list))
            {
                groups.Add(name, list = new List<FileDescriptor>());
            }

            list.Add(file);
        }

        return groups;
    }

    private Dictionary<string, List<MethodDescriptor>> IndexMethodsByType()
    {
        var index = new Dictionary<string, List<MethodDescriptor>>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            foreach (var service in file.Services)
            {
                foreach (var method in service.Methods)
                {
                    var input = TypeName(method.InputType, method.Node?.InputType.Text ?? string.Empty);
                    var output = TypeName(method.OutputType, method.Node?.OutputType.Text ?? string.Empty);
                    Add(input, method);
                    if (output != input)
                    {
                        Add(output, method);
                    }
                }
            }
        }

        return index;

        void Add(string type, MethodDescriptor method)
        {
            if (!index.TryGetValue(type, out var list))
            {
                index.Add(type, list = new List<MethodDescriptor>());
            }

            list.Add(method);
        }
    }
}
