// Run first by every npm script: stops with one clear line when Node is older than the project
// needs (better-sqlite3 13 and the build crash under Node 20 with a bare "Segmentation fault").
// Written in the plainest syntax so that even a very old Node can parse and run it.
var REQUIRED = [22, 12];
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > REQUIRED[0] || (parts[0] === REQUIRED[0] && parts[1] >= REQUIRED[1]);
if (!ok) {
  var get =
    'npm install -g --prefix ~/.cache/sfd-node22 node@22 && export PATH=~/.cache/sfd-node22/bin:$PATH';
  console.error(
    '需要 Node ≥ ' +
      REQUIRED.join('.') +
      '，当前为 ' +
      process.version +
      ' / Node >= ' +
      REQUIRED.join('.') +
      ' required, found ' +
      process.version +
      '. ' +
      '安装方法 / install it with:\n  ' +
      get,
  );
  process.exit(1);
}
