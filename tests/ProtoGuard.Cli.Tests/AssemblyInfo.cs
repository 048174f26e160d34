// The lint tests change the process's current directory: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
