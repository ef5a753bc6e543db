<?php
// Packs Composer as one phar from its release tarball (verified by the store builder)
// and its dependencies (Debian's library packages, listed file by file from dpkg), the
// shape the platform ships Composer in (composer.phar). Run by scripts/build-store.mjs
// with the PHP it has just built: php -n -d phar.readonly=0 composer-phar.php …
//
// Layout inside the phar:
//   bin/composer, src/, res/, LICENSE   Composer's release tarball, unmodified
//   share/php/…                         the libraries, at their paths below /usr/share/php
//                                       (their autoload.php files require each other
//                                       by relative paths)
//   vendor/autoload.php                 written here: loads the libraries' autoloaders
//                                       and maps Composer\ to src/ (what Composer's own
//                                       src/bootstrap.php includes)
//
// The output depends only on the input files (entries sorted, their own mtimes, the
// generated ones MTIME, no build time in the stub), so the same sources give the same
// sha256.
//
// Usage: composer-phar.php OUT COMPOSER_SRC_DIR LIB_ROOT LIB_FILES_LIST MTIME
[, $out, $src, $libRoot, $libList, $mtime] = $argv + [null, null, null, null, null, null];
if ($mtime === null) {
    fwrite(STDERR, "usage: composer-phar.php OUT COMPOSER_SRC_DIR LIB_ROOT LIB_FILES_LIST MTIME\n");
    exit(2);
}
$mtime = (int) $mtime;
$generatedDir = dirname($out) . '/.composer-phar-generated';

/**
 * A file this script writes, with the fixed MTIME: Phar::addFile records the file's
 * mtime, so real files keep theirs (from the tarball or the package) and the output
 * depends only on the inputs.
 */
function generated(string $name, string $content): string
{
    global $generatedDir, $mtime;
    $path = "$generatedDir/$name";
    @mkdir(dirname($path), 0755, true);
    file_put_contents($path, $content);
    touch($path, $mtime);
    return $path;
}

$entries = [];
foreach (['src', 'res'] as $dir) {
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$src/$dir", FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        if ($f->isFile()) {
            $entries[$dir . '/' . substr($f->getPathname(), strlen("$src/$dir") + 1)] = $f->getPathname();
        }
    }
}
$entries['LICENSE'] = "$src/LICENSE";
// An included file's shebang line would be printed: only the stub may have one.
$entries['bin/composer'] = generated('bin/composer', preg_replace('{^#!.*\n}', '', file_get_contents("$src/bin/composer")));

$autoloads = [];
foreach (array_filter(array_map('trim', file($libList))) as $file) {
    if (strpos($file, "$libRoot/") !== 0) {
        fwrite(STDERR, "composer-phar.php: $file is not below $libRoot\n");
        exit(1);
    }
    $rel = substr($file, strlen($libRoot) + 1);
    $entries["share/php/$rel"] = $file;
    if (basename($rel) === 'autoload.php') {
        $autoloads[] = $rel;
    }
}
sort($autoloads);
$requires = implode('', array_map(fn ($rel) => 'require_once __DIR__ . ' . var_export("/../share/php/$rel", true) . ";\n", $autoloads));
$entries['vendor/autoload.php'] = generated('vendor/autoload.php', <<<PHP
<?php
// Written by the store builder (scripts/store/composer-phar.php): Composer's
// dependencies are Debian's library packages, each with its own class-map autoloader.
$requires
require_once __DIR__ . '/../src/Composer/Autoload/ClassLoader.php';
\$loader = new \\Composer\\Autoload\\ClassLoader();
\$loader->addPsr4('Composer\\\\', __DIR__ . '/../src/Composer');
\$loader->register();
return \$loader;

PHP);

ksort($entries, SORT_STRING);
@unlink($out);
$phar = new Phar($out, 0, 'composer.phar');
$phar->startBuffering();
foreach ($entries as $name => $file) {
    $phar->addFile($file, $name);
}
$phar->setStub("#!/usr/bin/env php\n<?php\nPhar::mapPhar('composer.phar');\nrequire 'phar://composer.phar/bin/composer';\n__HALT_COMPILER();\n");
$phar->stopBuffering();
