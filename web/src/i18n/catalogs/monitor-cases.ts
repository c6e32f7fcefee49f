/** The monitor's rows by case (application number and applicant), the engine key kept as a detail for engineers. */
export const monitorCases = {
  tr: {
    'monitorCases.case': 'Başvuru',
    'monitorCases.search': 'Başvuru no, ad, uyruk veya doğum tarihi',
    'monitorCases.searchShort': 'Başvuru no veya ad',
    'monitorCases.searchButton': 'Ara',
    'monitorCases.engineKey': 'Motor anahtarı {key}',
    'monitorCases.instanceTitle': 'Başvuru {number}',
    'monitorCases.noMatch': 'Aramaya uyan süreç örneği yok.',
  },
  en: {
    'monitorCases.case': 'Application',
    'monitorCases.search': 'Application no., name, nationality or date of birth',
    'monitorCases.searchShort': 'Application no. or name',
    'monitorCases.searchButton': 'Search',
    'monitorCases.engineKey': 'Engine key {key}',
    'monitorCases.instanceTitle': 'Application {number}',
    'monitorCases.noMatch': 'No process instance matches the search.',
  },
};
