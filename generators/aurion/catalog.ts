// Static vocabulary of the AurionAI world: support topics, team names, help-center titles, canned texts.
// Plain data so that generators pick from pools instead of calling Faker per record (fast at 100k).
import type { Conversation } from './model.ts'

type ConversationType = Conversation['conversation_type']

export interface Topic {
  /** Label used by insights' top_topics. */
  name: string
  category: string
  tags: readonly string[]
  /** Relative frequency among conversations and calls. */
  weight: number
  /** Team names this topic is routed to when the tenant has such a team. */
  teams: readonly string[]
  types: readonly (readonly [ConversationType, number])[]
  subjects: readonly string[]
  snippets: readonly string[]
  /** Help-center article titles for this topic. */
  articles: readonly string[]
  /** What a caller says on the phone, and what the voice agent answers. */
  callerLines: readonly string[]
  agentLines: readonly string[]
}

export const TOPICS: readonly Topic[] = [
  {
    name: 'VPN connectivity',
    category: 'Network',
    tags: ['vpn', 'network'],
    weight: 15,
    teams: ['Network Ops', 'Tier 2'],
    types: [
      ['incident', 6],
      ['problem', 2],
      ['question', 2],
    ],
    subjects: [
      'VPN cannot connect',
      'VPN drops every few minutes',
      'VPN very slow from home office',
      'Cannot reach intranet over VPN',
      'VPN client says certificate expired',
      'VPN login loops back to the sign-in page',
    ],
    snippets: [
      'The VPN client keeps saying "connection failed" since this morning.',
      'I get disconnected from the VPN every 5 minutes or so, very disruptive.',
      'Connected to the VPN but none of the internal sites load.',
      'Tried restarting the laptop twice, the VPN still will not connect.',
      'Thanks, reinstalling the client fixed it.',
    ],
    articles: [
      'Reset your VPN client',
      'Fix VPN disconnects on Wi-Fi',
      'Install the VPN client on macOS',
      'Install the VPN client on Windows',
      'Renew an expired VPN certificate',
      'Split tunnelling explained',
    ],
    callerLines: [
      "my VPN won't connect since this morning.",
      'the VPN keeps dropping every few minutes.',
      "I'm on the VPN but the intranet doesn't load.",
    ],
    agentLines: [
      'Can you open the VPN client and tell me the error message you see?',
      "Let's reset the VPN profile: open Settings, then Profiles, then Reset.",
    ],
  },
  {
    name: 'Password reset',
    category: 'Access & Identity',
    tags: ['password', 'account'],
    weight: 13,
    teams: ['Tier 1', 'Service Desk', 'Identity & Access'],
    types: [
      ['request', 7],
      ['question', 3],
    ],
    subjects: [
      'Forgot my password',
      'Password reset link not working',
      'Password expired, cannot log in',
      'Reset password for shared mailbox',
      'Password reset email never arrives',
    ],
    snippets: [
      'I forgot my password and the reset link says it has expired.',
      'My password expired over the weekend and now I cannot sign in.',
      'The reset email never shows up, not even in spam.',
      'All good now, I could set a new password. Thank you!',
    ],
    articles: [
      'Reset your password',
      'Password rules and expiry',
      'Use the self-service password portal',
      'Change the password of a shared mailbox',
    ],
    callerLines: ['I forgot my password and I am locked out.', 'my password expired and the reset link does not work.'],
    agentLines: [
      "I've sent a reset link to your recovery email, can you check it?",
      'Please confirm your employee number so I can verify your identity.',
    ],
  },
  {
    name: 'Account locked',
    category: 'Access & Identity',
    tags: ['account', 'lockout'],
    weight: 7,
    teams: ['Identity & Access', 'Tier 1'],
    types: [
      ['incident', 5],
      ['request', 5],
    ],
    subjects: [
      'Account locked after too many attempts',
      'Locked out of my account',
      'Account disabled by mistake',
      'Cannot unlock my account',
    ],
    snippets: [
      'I typed the wrong password a few times and now my account is locked.',
      'My account shows as disabled, I started a new project today.',
      'Still locked out after waiting 30 minutes.',
    ],
    articles: ['Unlock your account', 'Why accounts get locked', 'Verify your identity with the service desk'],
    callerLines: ['my account is locked after too many attempts.', "I'm locked out and need access for a meeting."],
    agentLines: ["I've unlocked your account, please try to sign in again.", 'Can you confirm your date of birth?'],
  },
  {
    name: 'MFA / 2FA',
    category: 'Access & Identity',
    tags: ['mfa', 'security'],
    weight: 7,
    teams: ['Identity & Access', 'Tier 2'],
    types: [
      ['request', 5],
      ['incident', 3],
      ['question', 2],
    ],
    subjects: ['New phone, need to move my authenticator', 'MFA code rejected', 'Not receiving 2FA text messages', 'Lost my security key'],
    snippets: [
      'I got a new phone and my authenticator app is empty.',
      'The six-digit code is always rejected as invalid.',
      'The SMS with the code never arrives.',
    ],
    articles: [
      'Set up multi-factor authentication',
      'Move your authenticator to a new phone',
      'Use a hardware security key',
      'Fix rejected MFA codes',
    ],
    callerLines: ['I changed phones and lost my authenticator.', 'my two-factor codes keep getting rejected.'],
    agentLines: ["I'll reset your MFA registration; you'll be asked to enrol again at next sign-in."],
  },
  {
    name: 'Access request',
    category: 'Access & Identity',
    tags: ['access', 'permissions'],
    weight: 8,
    teams: ['Identity & Access', 'Service Desk', 'Tier 1'],
    types: [
      ['request', 9],
      ['question', 1],
    ],
    subjects: [
      'Access to the finance shared drive',
      'Need admin rights to install tools',
      'Add me to the sales distribution list',
      'Access request for the CRM',
      'Permission denied on project folder',
    ],
    snippets: [
      'Could you grant me read access to the finance shared drive?',
      'My manager approved the request, ticket attached.',
      'I get "permission denied" when opening the project folder.',
    ],
    articles: ['Request access to a shared drive', 'Who approves access requests', 'Join a distribution list'],
    callerLines: ['I need access to the finance drive.', 'I get permission denied on a shared folder.'],
    agentLines: ["I've raised an access request; your manager will get an approval email."],
  },
  {
    name: 'Billing question',
    category: 'Billing',
    tags: ['billing', 'invoice'],
    weight: 8,
    teams: ['Billing'],
    types: [
      ['question', 8],
      ['request', 2],
    ],
    subjects: [
      'Question about my last invoice',
      'Charged twice this month',
      'Update billing address',
      'Need a copy of invoice',
      'Refund request',
    ],
    snippets: [
      'We were charged twice for the March invoice.',
      'Could you send a copy of last month’s invoice for our accountant?',
      'Please update our billing address to the new office.',
    ],
    articles: ['Read your invoice', 'Update your billing details', 'Request a refund', 'Payment methods we accept'],
    callerLines: ['I have a question about my last invoice.', 'we were charged twice this month.'],
    agentLines: ['I can see both charges; I will raise a refund for the duplicate payment.'],
  },
  {
    name: 'Laptop hardware',
    category: 'Hardware',
    tags: ['hardware', 'laptop'],
    weight: 7,
    teams: ['Field Support', 'Tier 2'],
    types: [
      ['incident', 6],
      ['request', 4],
    ],
    subjects: [
      'Laptop will not turn on',
      'Broken laptop screen',
      'Battery drains in an hour',
      'Keyboard keys not working',
      'Laptop overheating and loud fan',
    ],
    snippets: [
      'My laptop does not power on, even when plugged in.',
      'I dropped my laptop and the screen is cracked.',
      'The battery goes from 100% to 0 in about an hour.',
    ],
    articles: ['Request a replacement laptop', 'Check your battery health', 'Laptop will not start: first steps'],
    callerLines: ["my laptop won't turn on.", 'my laptop screen is broken.'],
    agentLines: ['Please hold the power button for 15 seconds, then plug in the charger and try again.'],
  },
  {
    name: 'Email delivery',
    category: 'Email & Collaboration',
    tags: ['email', 'delivery'],
    weight: 7,
    teams: ['Tier 2', 'Tier 1'],
    types: [
      ['incident', 6],
      ['problem', 2],
      ['question', 2],
    ],
    subjects: [
      'Emails to a customer bounce back',
      'Not receiving external emails',
      'Mailbox full warning',
      'Emails stuck in the outbox',
      'Important emails land in spam',
    ],
    snippets: [
      'Every email to our customer bounces with a 550 error.',
      'We have not received any external email since 10am.',
      'Outlook says my mailbox is full.',
    ],
    articles: ['Understand bounce messages', 'Free up mailbox space', 'Mark a sender as safe'],
    callerLines: ['my emails keep bouncing back.', "I'm not getting any external email."],
    agentLines: ['Can you read me the error code in the bounce message?'],
  },
  {
    name: 'Software install',
    category: 'Software',
    tags: ['software', 'install'],
    weight: 7,
    teams: ['Tier 1', 'Service Desk'],
    types: [
      ['request', 7],
      ['incident', 2],
      ['question', 1],
    ],
    subjects: [
      'Install Visio on my laptop',
      'Software Center install fails',
      'Need a licence for Adobe Acrobat',
      'Update fails with error 0x80070005',
    ],
    snippets: [
      'Could you install Visio on my machine? Approved by my manager.',
      'The install from Software Center stops at 45%.',
      'Windows update keeps failing with error 0x80070005.',
    ],
    articles: ['Install software from Software Center', 'Request a software licence', 'Fix failed Windows updates'],
    callerLines: ['I need a piece of software installed.', 'an update keeps failing on my laptop.'],
    agentLines: ["You can install it yourself from Software Center; I'll send you the link."],
  },
  {
    name: 'Printer issues',
    category: 'Hardware',
    tags: ['printer', 'hardware'],
    weight: 5,
    teams: ['Field Support', 'Tier 1'],
    types: [
      ['incident', 8],
      ['question', 2],
    ],
    subjects: ['Printer on 3rd floor jammed', 'Cannot add the office printer', 'Print jobs stuck in queue', 'Scanner not sending emails'],
    snippets: [
      'The printer on the 3rd floor shows a paper jam but there is no paper stuck.',
      'My print jobs stay in the queue forever.',
      'The scanner does not send scans to my email anymore.',
    ],
    articles: ['Add an office printer', 'Clear the print queue', 'Scan to email'],
    callerLines: ["the printer won't print anything.", 'my print jobs are stuck.'],
    agentLines: ['I have cleared the print queue on the server, please try again.'],
  },
  {
    name: 'Network outage',
    category: 'Network',
    tags: ['network', 'outage'],
    weight: 5,
    teams: ['Network Ops', 'Tier 2'],
    types: [
      ['incident', 7],
      ['problem', 3],
    ],
    subjects: [
      'Whole office has no internet',
      'Wi-Fi down in building B',
      'Very slow network in the warehouse',
      'Internet outage at the branch office',
    ],
    snippets: [
      'Nobody on the 2nd floor has internet since 9:10.',
      'The Wi-Fi in building B is down again.',
      'Network is extremely slow, pages take a minute to load.',
    ],
    articles: ['Check the service status page', 'Connect to the guest Wi-Fi', 'Report an outage'],
    callerLines: ['the whole office has no internet.', 'the Wi-Fi is down in our building.'],
    agentLines: ['We are aware of an outage at your site; engineers are working on it.'],
  },
  {
    name: 'Onboarding',
    category: 'Requests',
    tags: ['onboarding', 'new-starter'],
    weight: 5,
    teams: ['Service Desk', 'Tier 1'],
    types: [
      ['request', 9],
      ['question', 1],
    ],
    subjects: ['New starter on Monday needs a laptop', 'Set up accounts for a new hire', 'Offboarding a leaver'],
    snippets: [
      'We have a new starter on Monday, can you prepare a laptop and accounts?',
      'Please disable the accounts of a leaver as of Friday.',
    ],
    articles: ['Onboard a new employee', 'Offboarding checklist', 'Order equipment for a new hire'],
    callerLines: ['we have a new employee starting Monday.'],
    agentLines: ["I'll create the onboarding request; the laptop will be ready by Friday."],
  },
  {
    name: 'Mobile device',
    category: 'Hardware',
    tags: ['mobile', 'email'],
    weight: 4,
    teams: ['Tier 1', 'Field Support'],
    types: [
      ['request', 5],
      ['incident', 3],
      ['question', 2],
    ],
    subjects: ['Set up work email on my phone', 'Company phone lost', 'Phone not syncing calendar'],
    snippets: ['How do I set up my work email on my new iPhone?', 'I lost my company phone on the train.'],
    articles: ['Set up work email on your phone', 'Report a lost or stolen device', 'Fix calendar sync on mobile'],
    callerLines: ['I lost my company phone.', 'my phone stopped syncing email.'],
    agentLines: ["I've locked the device remotely; please file a loss report."],
  },
  {
    name: 'Video conferencing',
    category: 'Email & Collaboration',
    tags: ['meetings', 'audio'],
    weight: 4,
    teams: ['Tier 1', 'Tier 2'],
    types: [
      ['incident', 6],
      ['question', 4],
    ],
    subjects: ['No audio in video calls', 'Camera not detected in meetings', 'Screen sharing shows a black screen'],
    snippets: ['Nobody can hear me in meetings, the microphone works elsewhere.', 'Screen sharing only shows a black screen.'],
    articles: ['Fix audio problems in meetings', 'Share your screen', 'Book a meeting room'],
    callerLines: ['nobody can hear me in video calls.', 'my camera is not detected.'],
    agentLines: ['In the meeting client, open Settings, Devices, and pick your headset as microphone.'],
  },
]

/** Spam conversations: excluded from analytics, still listed by the conversations API. */
export const SPAM_TOPIC = {
  name: 'Spam',
  category: 'Spam',
  tags: ['spam'],
  subjects: [
    'Boost your SEO ranking today',
    'You have won a gift card',
    'Partnership opportunity',
    'Cheap office supplies, 70% off',
    'Your account will be suspended',
  ],
  snippets: ['Click here to claim your reward before it expires.', 'We can double your website traffic in 30 days.'],
} as const

export const TEAM_NAMES = ['Tier 2', 'Billing', 'Network Ops', 'Service Desk', 'Identity & Access', 'Field Support', 'Escalations'] as const

/** Companies of a tenant's contacts use generic domains when they have no company. */
export const FREEMAIL_DOMAINS = ['mail.example', 'inbox.example', 'post.example'] as const

export const CONTACT_ROLES = [
  'IT Manager',
  'Office Manager',
  'Accountant',
  'Sales Representative',
  'Engineer',
  'HR Partner',
  'Team Lead',
  'Analyst',
  'Receptionist',
  'Project Manager',
] as const

export const EMAIL_CHANNEL_LOCALS = ['support', 'it', 'billing', 'helpdesk', 'servicedesk'] as const

export const ASSIGNMENT_REASONS = [
  ['round_robin', 5],
  ['skills_match', 3],
  ['manual', 2],
] as const

export const TRIAGE_HINT_TYPES = [
  ['suggested_article', 4],
  ['routing', 3],
  ['priority', 2],
  ['duplicate', 1],
] as const

export const CSAT_COMMENTS = {
  good: [
    'Resolved quickly, thanks!',
    'Great service, very friendly.',
    'The AI answer was spot on.',
    'Fixed in minutes, thank you.',
    'Clear instructions, worked first time.',
  ],
  mixed: ['Took a while but got there.', 'OK, but I had to explain twice.', 'Fine, the article helped a bit.'],
  bad: ['Took far too long.', 'Problem came back the next day.', 'Nobody answered for hours.', 'The bot did not understand my question.'],
  unrated: ['Still waiting for the replacement.', 'Not sure it is fixed yet.', 'Please call me back.'],
} as const

export const CSAT_FOLLOWUPS = ['Yes, you can contact me.', 'A phone call would have been faster.', 'No further comments.'] as const

export const UNKNOWN_CALLER = 'Unknown caller'
