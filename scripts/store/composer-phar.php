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
// The output depends only on the input files (entries sorted, every entry's time set
// to MTIME, no build time in the stub), so the same sources give the same sha256.
//
// Usage: composer-phar.php OUT COMPOSER_SRC_DIR LIB_ROOT LIB_FILES_LIST MTIME
[, $out, $src, $libRoot, $libList, $mtime] = $argv + [null, null, null, null, null, null];
if ($mtime === null) {
    fwrite(STDERR, "usage: composer-phar.php OUT COMPOSER_SRC_DIR LIB_ROOT LIB_FILES_LIST MTIME\n");
    exit(2);
}
$mtime = (int) $mtime;
$generatedDir = dirname($out) . '/.composer-phar-generated';

/** A file this script writes (shebang-less bin/composer, vendor/autoload.php). */
function generated(string $name, string $content): string
{
    global $generatedDir;
    $path = "$generatedDir/$name";
    @mkdir(dirname($path), 0755, true);
    file_put_contents($path, $content);
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
unset($phar);
fixEntryTimes($out, $mtime);
exec('rm -rf ' . escapeshellarg($generatedDir));

/**
 * Phar::addFile records "now" as every entry's time, whatever the file's: rewrite them
 * to MTIME in the phar's manifest and sign it again, so the same inputs give the same
 * bytes. Format: https://www.php.net/manual/en/phar.fileformat.php
 */
function fixEntryTimes(string $path, int $mtime): void
{
    $bin = file_get_contents($path);
    $u32 = function (int $at) use (&$bin): int {
        return unpack('V', substr($bin, $at, 4))[1];
    };
    $halt = strpos($bin, '__HALT_COMPILER();');
    if ($halt === false) {
        throw new RuntimeException('no __HALT_COMPILER(); in the phar stub');
    }
    $pos = $halt + strlen('__HALT_COMPILER();');
    // The stub may close PHP mode, then a line break, after __HALT_COMPILER();
    // (no closing tag in this comment: it would end PHP mode here).
    foreach ([" ?>\r\n", " ?>\n", "\r\n", "\n"] as $tail) {
        if (substr($bin, $pos, strlen($tail)) === $tail) {
            $pos += strlen($tail);
            break;
        }
    }
    $manifestEnd = $pos + 4 + $u32($pos);
    $count = $u32($pos + 4);
    $p = $pos + 4 + 4 + 2 + 4; // manifest length, entry count, API version, flags
    $p += 4 + $u32($p);        // alias
    $p += 4 + $u32($p);        // metadata
    for ($i = 0; $i < $count; $i++) {
        $p += 4 + $u32($p) + 4; // name, uncompressed size
        $bin = substr_replace($bin, pack('V', $mtime), $p, 4);
        $p += 4 + 4 + 4 + 4;    // time, compressed size, CRC32, flags
        $p += 4 + $u32($p);     // the entry's metadata
    }
    if ($p !== $manifestEnd) {
        throw new RuntimeException("phar manifest read to $p, expected to end at $manifestEnd");
    }
    $algos = [0x0002 => ['sha1', 20], 0x0003 => ['sha256', 32], 0x0004 => ['sha512', 64]];
    $type = $u32(strlen($bin) - 8);
    if (substr($bin, -4) !== 'GBMB' || !isset($algos[$type])) {
        throw new RuntimeException(sprintf('unexpected phar signature type 0x%04x', $type));
    }
    [$algo, $len] = $algos[$type];
    $data = substr($bin, 0, -($len + 8));
    file_put_contents($path, $data . hash($algo, $data, true) . pack('V', $type) . 'GBMB');
}
