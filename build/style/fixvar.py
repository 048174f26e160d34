import re,sys,collections
# stdin: build output lines with "file(line,col): error IDE0007"
errs=collections.defaultdict(set)
for l in sys.stdin:
    m=re.match(r'^\s*(/[^(]+)\((\d+),(\d+)\): error IDE0007',l)
    if m: errs[m.group(1)].add((int(m.group(2)),int(m.group(3))))
n=0
for f,locs in errs.items():
    lines=open(f).read().split('\n')
    for (ln,col) in sorted(locs, reverse=True):
        s=lines[ln-1]; i=col-1; d=0; j=i
        while j < len(s):
            c=s[j]
            if c in '<([': d+=1
            elif c in '>)]': d-=1
            elif c.isspace() and d==0: break
            j+=1
        typ=s[i:j]
        if typ=='var' or not typ: continue
        lines[ln-1]=s[:i]+'var'+s[j:]; n+=1
    open(f,'w').write('\n'.join(lines))
print(n,'fixed in',len(errs),'files')
