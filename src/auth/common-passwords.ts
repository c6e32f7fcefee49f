/**
 * Passwords (and password stems) people choose first: English and Turkish favourites, keyboard walks, team and
 * city names, the product's own name. A password is refused when it is one of these, or one of these with
 * digits and symbols around it ("Galatasaray1905!"). Lower case; compared after lower-casing.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // the usual suspects
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pass', 'qwerty', 'qwertyuiop', 'qwertyui', 'asdfgh', 'asdfghjkl',
  'zxcvbn', 'zxcvbnm', 'qazwsx', 'qazwsxedc', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', 'letmein', 'welcome', 'iloveyou',
  'admin', 'administrator', 'root', 'toor', 'login', 'master', 'secret', 'changeme', 'default', 'guest', 'test',
  'tester', 'testing', 'user', 'monkey', 'dragon', 'football', 'baseball', 'soccer', 'superman', 'batman',
  'sunshine', 'princess', 'shadow', 'trustno1', 'whatever', 'starwars', 'computer', 'internet', 'michael',
  'jennifer', 'charlie', 'freedom', 'abc', 'abcd', 'abcdef', 'abcdefgh', 'abcdefghij', 'abc123', 'a1b2c3',
  'hello', 'helloworld', 'letmeinnow', 'access', 'summer', 'winter', 'spring', 'autumn', 'january',
  // Turkish favourites
  'sifre', 'şifre', 'parola', 'gizli', 'sifrem', 'şifrem', 'parolam', 'yonetici', 'yönetici', 'kullanici',
  'kullanıcı', 'merhaba', 'seviyorum', 'seniseviyorum', 'askim', 'aşkım', 'canim', 'canım', 'bebegim', 'bebeğim',
  'galatasaray', 'fenerbahce', 'fenerbahçe', 'besiktas', 'beşiktaş', 'trabzonspor', 'bursaspor', 'cimbom',
  'istanbul', 'ankara', 'izmir', 'antalya', 'turkiye', 'türkiye', 'turkey', 'ataturk', 'atatürk', 'mustafakemal',
  'bismillah', 'allah', 'muhammed', 'mehmet', 'ahmet', 'mustafa', 'ayse', 'ayşe', 'fatma', 'emine',
  // this product and its domain
  'yukk', 'yukkflow', 'yukk-flow', 'camunda', 'zeebe', 'bpmn', 'goc', 'göç', 'gocidaresi', 'göçidaresi',
  'multeci', 'mülteci', 'demo', 'demo-password',
];
