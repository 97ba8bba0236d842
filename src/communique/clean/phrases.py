"""Phrase classes of page furniture, shared by the HTML and the plain-text cleaners.

Each class is a compiled regular expression over one block or line of text.
They name kinds of furniture (sharing, comments, newsletters, cookies, related
lists, credits, widget settings), not the lines of particular pages: they were
drawn from what news pages carry outside their article bodies.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: Sharing widgets and counters: "SHARE", "Share this article", "Tweet", "36".
SHARE = re.compile(
    r"^(?:share(?: this)?(?: (?:article|story|post|page))?(?: on \w+)?|shares?|tweet|pin(?: it)?|email|print|"
    r"facebook|twitter|linkedin|whatsapp|reddit|pinterest|copy link|copied!?|comments?|\d+(?:\.\d+)?k?"
    r"(?: (?:shares?|comments?|views?))?)[:!]?$",
    _I,
)

#: Comment sections and forms.
COMMENTS = re.compile(
    r"(?:please enter your (?:comment|name|email)|leave a (?:reply|comment)|post a comment|add (?:a|your) comment|"
    r"your email address will not be published|required fields are marked|^\d+\s+comments?$|^comments?(?: \(\d+\))?$|"
    r"comments? (?:are|have been) (?:closed|disabled)|join the (?:discussion|conversation)|^(?:top rated )?comments$|"
    r"read all comments|view all comments|show comments|^reply$|log in to (?:comment|reply)|"
    r"comentários|commentaires|kommentare)",
    _I,
)

#: Newsletter and subscription boxes.
NEWSLETTER = re.compile(
    r"(?:newsletter|sign(?:ing)? up (?:for|to|now|here)|thanks for signing up|subscribe (?:to|now|here|today)|"
    r"click here to subscribe|get (?:the|our) [\w ]{0,30}(?:in|to) your inbox|keep an eye on your inbox|"
    r"error processing your subscription|^subscribe$|enter your email|delivered to your inbox|"
    r"if you enjoyed this article|support (?:our|independent|quality) journalism|become a (?:member|subscriber|supporter)|"
    r"^something to consider$|already a subscriber|subscribers? only|to continue reading|create a free account)",
    _I,
)

#: Cookie and consent banners.
COOKIES = re.compile(
    r"(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|"
    r"by continuing to (?:use|browse)|privacy policy and terms|manage (?:your )?consent)",
    _I,
)

#: An author's biography or contact line closing the article.
AUTHOR_BIO = re.compile(
    r"(?:follow (?:him|her|them|me|us) on (?:twitter|facebook|instagram)|(?:^|\s)@\w{3,}\.?$|"
    r"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} (?:is|was) (?:a|an|the) [\w ,'-]{0,60}"
    r"(?:writer|reporter|editor|correspondent|columnist|contributor|curator|journalist|author|producer)\b|"
    r"^(?:email|contact) (?:the )?(?:author|reporter)|^write to \w)",
)

#: A byline on its own line: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
BYLINE = re.compile(
    r"^(?:by|written by|words by|von|par|por)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al|bin))"
    r"{0,6}(?:\s*[,|/-]\s*[\w .,'&-]{0,50})?$",
)

#: A caption marker closing a line: "(FILE PHOTO)", "(File)", "(Photo: ...)".
CAPTION_TAG = re.compile(r"\((?:file(?: photo)?|photo(?::[^)]{0,60})?|pictured|illustration|handout)\)\s*$", re.I)

#: Headers of related-article and latest-news lists ("Related coverage:", "Latest World News").
RELATED_HEADER = re.compile(
    r"^(?:related(?: \w+){0,2}|read (?:more|next|also)|see (?:also|more[\w ]*)|more (?:from|on|about|stories|news|in)[\w ]*|"
    r"(?:the )?latest(?: \w+){0,3}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you)?|"
    r"trending(?: now)?|most (?:popular|read|viewed|shared)|popular(?: \w+)?|top stories|editor'?s picks?|"
    r"don'?t miss|also read|further reading|in other news|what to read next|up next|watch next|"
    r"(?:featured|sponsored)(?: \w+)?|recent posts?|around the web|from (?:the|our) web)\s*[:.]?$",
    _I,
)

#: Inline "Read more: ..." / "Related: ..." pointers.
RELATED_INLINE = re.compile(
    r"^(?:related(?: post| article| story| content| coverage)?|read (?:more|also|next)|see also|also read|more|"
    r"recommended|watch|listen|click here)\s*[:|»>–-]\s*\S",
    _I,
)

#: Article end markers: after one of these comes furniture.
END_MARKER = re.compile(
    r"^(?:source(?: link)?|by press association|\(?(?:reporting|additional reporting|writing|editing) by .{0,80}\)?|"
    r".{0,80} contributed to this report\.?|this (?:story|article) (?:was )?(?:first|originally) (?:published|appeared).*|"
    r"copyright \d{4}.*|© ?\d{4}.*|all rights reserved\.?|\(?ap\)?|the associated press contributed.*)$",
    _I,
)

#: Copyright and credit lines.
CREDITS = re.compile(
    r"(?:^©|^copyright\b|all rights reserved|^\(?\s*(?:photo|image|picture|video|credit|source)s?(?: credit)?\s*[:|]|"
    r"\bissn\b|^picture: |^photo: |^image: )",
    _I,
)

#: A photo credit on its own line or closing a caption: "KCNA | via Reuters",
#: "Courtesy: The White House.", "(Alex Brandon/AP)", "Picture: PA", "(Kyodo)".
PHOTO_CREDIT = re.compile(
    r"(?:^[\w .,'&-]{1,60}\s*\|\s*(?i:via) [\w .]+$|^(?i:courtesy(?: of)?):? .{1,60}$|"
    r"\((?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*/)?(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|PA|Kyodo|Xinhua|"
    r"Bloomberg|Shutterstock|Alamy|Yonhap|KCNA|AAP|ANP|DPA|TASS|Sputnik|Anadolu|[A-Z]{2,6})(?:/[\w .]+)?\)\s*$|"
    r"(?:^|\. )(?i:picture|photo|image|credit|photograph)s?: [\w ./&,-]{1,60}$|"
    r"^(?i:photo|image|picture) (?i:by|courtesy of|credit) .{1,60}$|"
    r"(?i:getty images|shutterstock|afp via getty|reuters/[\w ]+|ap photo/[\w .]+)\)?\.?$)",
)

#: A caption that opens with a picture phrase, or with its photo credit run into the caption
#: ("Tom Brenner/Reuters/File President Donald Trump delivers remarks ...", "AFP/Getty Images A picture
#: taken on ...": the photographer or source, the agency, then the caption).
CAPTION_OPENER = re.compile(
    r"^(?:combined photo shows|file photo|\(?file\)?[:,]? |this (?:undated )?(?:photo|picture|image|handout)|"
    r"in this (?:undated |file |handout )?(?:photo|picture|image)|pictured[:,]? |photo shows|"
    r"(?:photo|picture|image) (?:shows|taken)|(?:handout )?photo released by|"
    r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}/(?:AP|AFP|Reuters|Getty Images|EPA|Pool|Yonhap|Xinhua|Bloomberg)"
    r"(?:/(?:File|Pool|Handout))* (?=[A-Z“\"])))",
    _I,
)

#: Client-side widget settings that leak into scraped text ("enablePagination: false",
#: '{"autoplay": true, "id": 12}'). A braced object must open with a key and a JSON value:
#: "{Biden met Suga on Friday.}" is prose in braces, not a widget.
WIDGET = re.compile(
    r"^[a-z]+[A-Z]\w*\s*[:=]\s*[\w\"'.-]*\s*[,;]?$|"
    r"^\{\s*(?:\"[^\"]{1,80}\"|'[^']{1,80}'|[A-Za-z_$@][\w$-]*)\s*:\s*(?:[\"'{\[\d-]|true\b|false\b|null\b).*\}$|"
    r"^\{\s*\}$|^[\w-]+\s*:\s*(?:true|false|null)[,;]?$")

#: Page counters and visit counters ("Visited 1 times, 1 visit(s) today").
COUNTERS = re.compile(
    r"(?:^visited \d+ times|visit\(s\) today|^\d+ (?:views?|reads?|shares?|likes?)$|^views?: \d+$|^(?:\d+\s*){1,3}$)",
    _I,
)

#: Advertising and commerce disclosures.
ADVERT = re.compile(
    r"(?:^advertisement$|^ad$|^sponsored$|^story continue[sd] below|^continue reading|if you buy something through|"
    r"^advertisement continue reading|^slideshow \(\d+ images?\)$|^prev image \d+ of \d+|^enlarge this image\b|"
    r"may (?:get|earn) a (?:share|commission)|affiliate (?:link|commission)|^skip (?:to|ad)|^scroll to continue)",
    _I,
)

#: Navigation and site chrome.
NAVIGATION = re.compile(
    r"^(?:home|menu|search|log ?in|sign ?in|register|close|next|previous|back to top|skip to (?:main )?content|"
    r"toggle navigation|all rights reserved|terms of (?:use|service)|privacy policy|contact us|about us|"
    r"follow us(?: on \w+)?|view (?:all|more)|load more|show more|(?:\d+ )?min(?:ute)? read)[:.!]?$",
    _I,
)

#: Error pages.
ERROR_PAGE = re.compile(
    r"(?:\b404\b|page (?:was )?not found|page (?:you (?:are|were) looking for|cannot be found|doesn'?t exist|does not exist)|"
    r"no longer (?:available|exists)|nothing (?:was )?found|error 40\d|this page isn'?t available|"
    r"we can'?t find (?:the|that) page|sorry,? (?:we|the page))",
    _I,
)


#: (class, most words, pattern, whole line?) in the order they are tried: a block of at most that
#: many words (``None``: any length) that the pattern matches as a whole, or contains, is furniture
FURNITURE_RULES: tuple[tuple[str, int | None, re.Pattern[str], bool], ...] = (
    ("share", 6, SHARE, True),
    ("widget", None, WIDGET, True),
    ("counter", 8, COUNTERS, False),
    ("comments", 30, COMMENTS, False),
    ("newsletter", 30, NEWSLETTER, False),
    ("cookies", 40, COOKIES, False),
    ("advert", 30, ADVERT, False),
    ("navigation", 8, NAVIGATION, True),
    ("related", 8, RELATED_HEADER, True),
    ("related", 30, RELATED_INLINE, True),
    ("credit", 20, CREDITS, False),
)


def furniture_class(line: str) -> str | None:
    """The furniture class of a short block or line, or ``None`` if it looks like prose."""
    s = line.strip()
    if not s:
        return None
    words = len(s.split())
    for name, most, pattern, whole in FURNITURE_RULES:
        if (most is None or words <= most) and (pattern.match(s) if whole else pattern.search(s)):
            return name
    return None
