<?php
// Packs Debian's Composer (bin/composer + the libraries it loads from /usr/share/php by
// relative paths) into one phar, the shape the platform ships Composer in
// (composer.phar): a restore of the Composer runtime is then one file, as in production,
// not Debian's ~600-file tree. Run by scripts/local-artifacts.mjs with phar.readonly=0.
// The output depends only on the input files (entries sorted, no build time recorded in
// the stub), so the same sources give the same sha256.
//
// Usage: php -d phar.readonly=0 composer-phar.php OUT BIN_COMPOSER SHARE_PHP_DIR
[, $out, $bin, $share] = $argv;
$phar = new Phar($out, 0, 'composer.phar');
$phar->startBuffering();
$files = [];
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($share, FilesystemIterator::SKIP_DOTS)) as $f) {
    $files[] = $f->getPathname();
}
sort($files);
foreach ($files as $f) {
    $phar->addFile($f, 'share/php/' . substr($f, strlen($share) + 1));
}
// An included file's shebang line would be printed: only the stub may have one.
$phar->addFromString('bin/composer', preg_replace('{^#!.*\n}', '', file_get_contents($bin)));
$phar->setStub("#!/usr/bin/env php\n<?php\nPhar::mapPhar('composer.phar');\nrequire 'phar://composer.phar/bin/composer';\n__HALT_COMPILER();\n");
$phar->stopBuffering();
