// Decodes a .ps1 file the way Windows PowerShell 5.1 (powershell.exe, which runs everything we ship)
// would, and says when that differs from what the author meant.
//
// PowerShell 5.1 honours a byte-order mark (UTF-8, UTF-16 LE/BE). Without one it reads the file in
// the machine's ANSI code page, not UTF-8: a BOM-less file is only safe when it is plain ASCII. The
// classic failure: an en/em dash or a curly quote saved as UTF-8 turns into bytes that Windows-1252
// shows as a curly double quote, which PowerShell treats as a real quote, so the script no longer
// parses on Windows although it parses everywhere else.

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}

function lineOfByte(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
  }
  return line;
}

function firstNonAscii(bytes, from) {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] > 0x7f) return i;
  }
  return -1;
}

function strictUtf8(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Where the bytes stop being UTF-8, for a useful line number: the first lead byte that is not
// followed by its continuation bytes. (Overlong forms and surrogates, which the strict decoder also
// rejects, are not located here; those are reported at the start of the file.)
function firstInvalidUtf8(bytes, from) {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const tail = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1;
    if (tail < 0) return i;
    for (let k = 1; k <= tail; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += tail + 1;
  }
  return from;
}

/**
 * @param {Uint8Array} bytes the file's content
 * @returns {{text: string|null, encoding: string, problems: {line: number, message: string}[]}}
 *   text is null when nothing sensible can be parsed.
 */
export function decodePowerShellSource(bytes) {
  const problems = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    problems.push({
      line: 1,
      message:
        'file is UTF-16 LE (BOM FF FE): PowerShell can read it, but git, grep and our tools see binary; save it as UTF-8',
    });
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', problems };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    problems.push({
      line: 1,
      message: 'file is UTF-16 BE (BOM FE FF): save it as UTF-8',
    });
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', problems };
  }
  const hasBom = startsWith(bytes, UTF8_BOM);
  const from = hasBom ? 3 : 0;
  const nul = bytes.indexOf(0x00, from);
  if (nul >= 0) {
    problems.push({
      line: lineOfByte(bytes, nul),
      message: 'file contains NUL bytes (UTF-16 without a BOM?): save it as UTF-8',
    });
    return { text: null, encoding: 'binary', problems };
  }
  const text = strictUtf8(bytes.subarray(from));
  if (text === null) {
    const bad = firstInvalidUtf8(bytes, from);
    problems.push({
      line: lineOfByte(bytes, bad),
      message: `not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad}): save it as UTF-8`,
    });
    return { text: new TextDecoder('latin1').decode(bytes.subarray(from)), encoding: 'invalid', problems };
  }
  if (!hasBom) {
    const nonAscii = firstNonAscii(bytes, from);
    if (nonAscii >= 0) {
      problems.push({
        line: lineOfByte(bytes, nonAscii),
        message:
          'non-ASCII text in a file without a UTF-8 BOM: Windows PowerShell 5.1 reads such a file in the ANSI ' +
          'code page (a dash can become a quote); keep it ASCII or save it as UTF-8 with BOM',
      });
    }
  }
  return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', problems };
}
