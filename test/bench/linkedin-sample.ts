/** A LinkedIn Connections.csv of `rows` invented people, in LinkedIn's exact shape (preamble, BOM, CRLF). */
export function linkedInExport(rows: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Name${i},Surname${i},https://www.linkedin.com/in/person-${i},${i % 3 === 0 ? `p${i}@example.org` : ''},"Company ${i % 300}, Inc.",Engineer ${i % 7},0${1 + (i % 9)} Feb 20${10 + (i % 15)}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
