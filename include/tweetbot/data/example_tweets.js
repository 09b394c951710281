window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934863583541326482"
          ],
          "editableUntil" : "2025-06-17T07:40:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1934863583541326482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934863583541326482",
      "created_at" : "Tue Jun 17 06:40:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Thirty-one goldfinches on the feeder at once. A group of goldfinches is called a charm, and honestly, fair.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931985271783904532"
          ],
          "editableUntil" : "2025-06-09T09:02:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [
              "69",
              "77"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "14",
      "id_str" : "1931985271783904532",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1931985271783904532",
      "created_at" : "Mon Jun 09 08:02:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Kingfisher!! Blue streak, gone in two seconds, worth the whole week. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930152797141686072"
          ],
          "editableUntil" : "2025-06-04T07:41:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1930152797141686072",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930152797141686072",
      "created_at" : "Wed Jun 04 06:41:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Report: the spelt loaf is excellent. Nutty, open crumb, a crust that crackles as it cools. Writing this one down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928414845335377761"
          ],
          "editableUntil" : "2025-05-30T12:35:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "3",
      "id_str" : "1928414845335377761",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928414845335377761",
      "created_at" : "Fri May 30 11:35:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Put a bird bath near a hedge and you get more visitors. Put it near the window and you get more entertainment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927984673322355372"
          ],
          "editableUntil" : "2025-05-29T08:05:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "8",
      "id_str" : "1927984673322355372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927984673322355372",
      "created_at" : "Thu May 29 07:05:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how a loaf is just flour, water, salt and time, and how that feels like a metaphor I'm too sleepy to finish.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927253316730392450"
          ],
          "editableUntil" : "2025-05-27T07:39:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "3",
      "id_str" : "1927253316730392450",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927253316730392450",
      "created_at" : "Tue May 27 06:39:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Confession: I have started planning my cycling routes around bakeries. Not the fastest way to work, not the flattest way home, just the way with the best cardamom buns. My legs are stronger and so is my cinnamon habit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926565677364761565"
          ],
          "editableUntil" : "2025-05-25T10:07:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1926565677364761565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926565677364761565",
      "created_at" : "Sun May 25 09:07:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Watched a song thrush smash a snail on a stone by the path. Crunch, crunch, lunch. Nature is not gentle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925618687411219040"
          ],
          "editableUntil" : "2025-05-22T19:24:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "9",
      "id_str" : "1925618687411219040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925618687411219040",
      "created_at" : "Thu May 22 18:24:06 +0000 2025",
      "favorited" : false,
      "full_text" : "The dunnock is the most underrated bird in Britain. Looks plain brown, has the most complicated love life on the street.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924834855879441469"
          ],
          "editableUntil" : "2025-05-20T15:29:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "0",
      "id_str" : "1924834855879441469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924834855879441469",
      "created_at" : "Tue May 20 14:29:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the morning doing the garden bird count with a mug of tea: 4 house sparrows, 3 blue tits, 2 blackbirds, a robin, a dunnock, a coal tit and one wood pigeon who sat on the fence the entire hour like a referee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922923230527309050"
          ],
          "editableUntil" : "2025-05-15T08:53:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "4",
      "id_str" : "1922923230527309050",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922923230527309050",
      "created_at" : "Thu May 15 07:53:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Bike got stolen. Bike got found two streets away, leaning on a lamppost like it had just popped out for a walk. Relieved &amp; confused.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921663840420768752"
          ],
          "editableUntil" : "2025-05-11T21:28:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1921663840420768752",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921663840420768752",
      "created_at" : "Sun May 11 20:28:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Bike maintenance Sunday: chain cleaned, brakes adjusted, fingers permanently black.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917702286737459790"
          ],
          "editableUntil" : "2025-04-30T23:07:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "id_str" : "1917702286737459790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917702286737459790",
      "created_at" : "Wed Apr 30 22:07:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Rode the long way home along the river just to look for the kingfisher. It did not show. The river was still lovely.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916424873705061762"
          ],
          "editableUntil" : "2025-04-27T10:31:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "2",
      "id_str" : "1916424873705061762",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916424873705061762",
      "created_at" : "Sun Apr 27 09:31:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Sweet peas are up and already trying to climb the wrong thing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911094072705298504"
          ],
          "editableUntil" : "2025-04-12T17:28:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1911094072705298504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911094072705298504",
      "created_at" : "Sat Apr 12 16:28:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Croissant attempt number three: 27 layers, one burnt thumb, zero regrets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910974199496876411"
          ],
          "editableUntil" : "2025-04-12T09:32:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grumpy Gardener",
            "screen_name" : "grumpy_gardener",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2224801196",
            "id" : "2224801196"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1910949536989549466",
      "id_str" : "1910974199496876411",
      "in_reply_to_user_id" : "2224801196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910974199496876411",
      "in_reply_to_status_id" : "1910949536989549466",
      "created_at" : "Sat Apr 12 08:32:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@grumpy_gardener The trick is to pick them small. Once they're marrows it's too late for all of us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grumpy_gardener",
      "in_reply_to_user_id_str" : "2224801196"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910305354807689302"
          ],
          "editableUntil" : "2025-04-10T13:14:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "1910305354807689302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910305354807689302",
      "created_at" : "Thu Apr 10 12:14:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Long-tailed tits travel in gangs of a dozen or so and chatter the whole time, like a school trip with wings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910226778717518317"
          ],
          "editableUntil" : "2025-04-10T08:02:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pedal City Co-op",
            "screen_name" : "pedalcitycoop",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "6946995126",
            "id" : "6946995126"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1910226778717518317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910226778717518317",
      "created_at" : "Thu Apr 10 07:02:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @pedalcitycoop: Saturday's free bike repair pop-up is in the library car park, 10 till 2. Bring your squeaky chains.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909926823068129936"
          ],
          "editableUntil" : "2025-04-09T12:10:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "10",
      "id_str" : "1909926823068129936",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909926823068129936",
      "created_at" : "Wed Apr 09 11:10:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Opened the leaf mould bags after two years: black, crumbly, smells like a forest floor. Garden gold.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906990864793183253"
          ],
          "editableUntil" : "2025-04-01T09:43:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "id_str" : "1906990864793183253",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906990864793183253",
      "created_at" : "Tue Apr 01 08:43:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Redwings are in! Little thrushes with a cream eyebrow stripe, fresh from Scandinavia, stripping the rowan by the bus stop.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906309240060693845"
          ],
          "editableUntil" : "2025-03-30T12:35:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pedal City Co-op",
            "screen_name" : "pedalcitycoop",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "6946995126",
            "id" : "6946995126"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1906267716449732651",
      "id_str" : "1906309240060693845",
      "in_reply_to_user_id" : "6946995126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906309240060693845",
      "in_reply_to_status_id" : "1906267716449732651",
      "created_at" : "Sun Mar 30 11:35:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@pedalcitycoop I'll be there with a very squeaky chain &amp; a tin of flapjacks for the volunteers.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pedalcitycoop",
      "in_reply_to_user_id_str" : "6946995126"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905921401157248027"
          ],
          "editableUntil" : "2025-03-29T10:54:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "9",
      "id_str" : "1905921401157248027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905921401157248027",
      "created_at" : "Sat Mar 29 09:54:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Low sun through the bakery window turns the flour dust into tiny floating galaxies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904817787499594828"
          ],
          "editableUntil" : "2025-03-26T09:48:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1904817787499594828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904817787499594828",
      "created_at" : "Wed Mar 26 08:48:45 +0000 2025",
      "favorited" : false,
      "full_text" : "There's a particular joy in freewheeling downhill on a warm evening with the smell of cut grass everywhere.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904148422720762649"
          ],
          "editableUntil" : "2025-03-24T13:28:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "0",
      "id_str" : "1904148422720762649",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904148422720762649",
      "created_at" : "Mon Mar 24 12:28:56 +0000 2025",
      "favorited" : false,
      "full_text" : "There's a fungus on the oak stump by the park gate that looks exactly like a stack of pancakes. Chicken of the woods, I think. Not touching it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904069808880392842"
          ],
          "editableUntil" : "2025-03-24T08:16:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Swifts Over Us",
            "screen_name" : "swiftsoverus",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "8501192727",
            "id" : "8501192727"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1904069808880392842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904069808880392842",
      "created_at" : "Mon Mar 24 07:16:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @swiftsoverus: Swift boxes fitted on the old school today. Twelve new homes ready for next May!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903871397328611741"
          ],
          "editableUntil" : "2025-03-23T19:08:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jo",
            "screen_name" : "jo_in_the_garden",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "5987235720",
            "id" : "5987235720"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1903791873328085378",
      "id_str" : "1903871397328611741",
      "in_reply_to_user_id" : "5987235720",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903871397328611741",
      "in_reply_to_status_id" : "1903791873328085378",
      "created_at" : "Sun Mar 23 18:08:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@jo_in_the_garden Happy to share, I saved far too many bean seeds this year.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jo_in_the_garden",
      "in_reply_to_user_id_str" : "5987235720"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903467490047436510"
          ],
          "editableUntil" : "2025-03-22T16:23:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "City Hedgerows",
            "screen_name" : "cityhedgerows",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "3661384100",
            "id" : "3661384100"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1903467490047436510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903467490047436510",
      "created_at" : "Sat Mar 22 15:23:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cityhedgerows: Hedgerows are motorways for wildlife. Please don't flail them in nesting season.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902109529602812759"
          ],
          "editableUntil" : "2025-03-18T22:27:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1902109529602812759",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902109529602812759",
      "created_at" : "Tue Mar 18 21:27:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Harvest today: a basket of beans, five courgettes (help), the last of the raspberries and one very surprised frog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900300362709644784"
          ],
          "editableUntil" : "2025-03-13T22:38:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "3",
      "id_str" : "1900300362709644784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900300362709644784",
      "created_at" : "Thu Mar 13 21:38:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Two jackdaws sharing a chimney pot, preening each other's necks. Together for years, probably. Goals.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894515243087378674"
          ],
          "editableUntil" : "2025-02-25T23:30:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1894515243087378674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894515243087378674",
      "created_at" : "Tue Feb 25 22:30:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Yellowhammer on a fence post singing 'a little bit of bread and no cheese'. Honestly, same request.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893797002082909619"
          ],
          "editableUntil" : "2025-02-23T23:56:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1893797002082909619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893797002082909619",
      "created_at" : "Sun Feb 23 22:56:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Flour on my glasses, dough under my nails, starter on the ceiling (don't ask). Good baking day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892969096807298150"
          ],
          "editableUntil" : "2025-02-21T17:06:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "5",
      "id_str" : "1892969096807298150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892969096807298150",
      "created_at" : "Fri Feb 21 16:06:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Fog, bike, blackbird singing. A good start.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892894106844673030"
          ],
          "editableUntil" : "2025-02-21T12:08:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "id_str" : "1892894106844673030",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1892894106844673030",
      "created_at" : "Fri Feb 21 11:08:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Heat haze over the road on the way home, tyres sticking to the tarmac. Stopped at the river to dip my feet in like a child.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892344518802159668"
          ],
          "editableUntil" : "2025-02-19T23:44:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "12",
      "id_str" : "1892344518802159668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892344518802159668",
      "created_at" : "Wed Feb 19 22:44:26 +0000 2025",
      "favorited" : false,
      "full_text" : "The wind tonight is trying very hard to rearrange the garden. The wheelbarrow is now on the other side of the fence.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892177946214615189"
          ],
          "editableUntil" : "2025-02-19T12:42:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "1892177946214615189",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892177946214615189",
      "created_at" : "Wed Feb 19 11:42:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Weather report from the bike lane: puddle, puddle, pothole disguised as a puddle, puddle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891448242173942799"
          ],
          "editableUntil" : "2025-02-17T12:22:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [
              "90",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "8",
      "id_str" : "1891448242173942799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1891448242173942799",
      "created_at" : "Mon Feb 17 11:22:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Crows can recognise individual human faces and remember them for years. Be nice to crows. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891113314416911997"
          ],
          "editableUntil" : "2025-02-16T14:12:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pip's Weather",
            "screen_name" : "weatherpip",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "8085126057",
            "id" : "8085126057"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1891033538756910266",
      "id_str" : "1891113314416911997",
      "in_reply_to_user_id" : "8085126057",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1891113314416911997",
      "in_reply_to_status_id" : "1891033538756910266",
      "created_at" : "Sun Feb 16 13:12:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@weatherpip Bins secured. The trampoline is unfortunately already in the next county.",
      "lang" : "en",
      "in_reply_to_screen_name" : "weatherpip",
      "in_reply_to_user_id_str" : "8085126057"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890870384522624150"
          ],
          "editableUntil" : "2025-02-15T22:06:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "16",
      "id_str" : "1890870384522624150",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890870384522624150",
      "created_at" : "Sat Feb 15 21:06:45 +0000 2025",
      "favorited" : false,
      "full_text" : "If you leave a slice of toast on the windowsill, the magpies will hold a committee meeting about it. Ask me how I know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887091308233278763"
          ],
          "editableUntil" : "2025-02-05T11:50:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "5",
      "id_str" : "1887091308233278763",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1887091308233278763",
      "created_at" : "Wed Feb 05 10:50:03 +0000 2025",
      "favorited" : false,
      "full_text" : "My bread rose so well it lifted the lid off the Dutch oven. I have created a monster and I'm proud of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884542685545371706"
          ],
          "editableUntil" : "2025-01-29T11:02:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "id_str" : "1884542685545371706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1884542685545371706",
      "created_at" : "Wed Jan 29 10:02:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Heard a cuckoo somewhere over the water meadow, the first in years. Stood there grinning like a fool for five whole minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883831537103843458"
          ],
          "editableUntil" : "2025-01-27T11:56:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1883831537103843458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1883831537103843458",
      "created_at" : "Mon Jan 27 10:56:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Courgettes: first you have none, then you have one, then you have forty-seven and no friends left to give them to.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883508332427669030"
          ],
          "editableUntil" : "2025-01-26T14:32:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "7",
      "id_str" : "1883508332427669030",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1883508332427669030",
      "created_at" : "Sun Jan 26 13:32:35 +0000 2025",
      "favorited" : false,
      "full_text" : "My focaccia has dimples deep enough to hold a small pond. Rosemary, sea salt &amp; a very generous glug of olive oil.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881586779160637645"
          ],
          "editableUntil" : "2025-01-21T07:17:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "0",
      "id_str" : "1881586779160637645",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1881586779160637645",
      "created_at" : "Tue Jan 21 06:17:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Sat by the canal at dusk and watched the bats come out one by one, flickering along the water like bits of burnt paper. A moorhen complained about something, a train went over the bridge, and for ten minutes the whole city was quiet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880879405595389327"
          ],
          "editableUntil" : "2025-01-19T08:26:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "4",
      "id_str" : "1880879405595389327",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1880879405595389327",
      "created_at" : "Sun Jan 19 07:26:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Cold toast, warm tea, a robin on the fence.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880878478656011631"
          ],
          "editableUntil" : "2025-01-19T08:22:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "7",
      "id_str" : "1880878478656011631",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1880878478656011631",
      "created_at" : "Sun Jan 19 07:22:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Trained for months to cycle up Beacon Lane without stopping. Today I did it. Then I had to lie down on a bench for a bit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880588018908067594"
          ],
          "editableUntil" : "2025-01-18T13:08:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "4",
      "id_str" : "1880588018908067594",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1880588018908067594",
      "created_at" : "Sat Jan 18 12:08:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Bread in the oven, feet up, rain on the window.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879133723686692159"
          ],
          "editableUntil" : "2025-01-14T12:49:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tom's Bike Shed",
            "screen_name" : "tomsbikeshed",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3069499245",
            "id" : "3069499245"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1878984238692386527",
      "id_str" : "1879133723686692159",
      "in_reply_to_user_id" : "3069499245",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879133723686692159",
      "in_reply_to_status_id" : "1878984238692386527",
      "created_at" : "Tue Jan 14 11:49:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@tomsbikeshed Thank you! The chain is running silent for the first time in months.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tomsbikeshed",
      "in_reply_to_user_id_str" : "3069499245"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877992365490235221"
          ],
          "editableUntil" : "2025-01-11T09:14:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "2",
      "id_str" : "1877992365490235221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877992365490235221",
      "created_at" : "Sat Jan 11 08:14:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Autumn check-in: the conkers are out, the spiders are bold, and my bike lights have decided to stop working at the exact moment I need them most.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874497440708789615"
          ],
          "editableUntil" : "2025-01-01T17:46:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "20",
      "id_str" : "1874497440708789615",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1874497440708789615",
      "created_at" : "Wed Jan 01 16:46:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Cycle lanes are wonderful right up until a delivery van decides they are also a car park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874422639490051288"
          ],
          "editableUntil" : "2025-01-01T12:49:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "7",
      "id_str" : "1874422639490051288",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1874422639490051288",
      "created_at" : "Wed Jan 01 11:49:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Pigeons aren't stupid, they're just extremely committed to standing in the way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874344847734450747"
          ],
          "editableUntil" : "2025-01-01T07:40:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "5",
      "id_str" : "1874344847734450747",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1874344847734450747",
      "created_at" : "Wed Jan 01 06:40:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Tawny owls calling across the park tonight, one going 'ke-wick', one going 'hoo-hooo'. It's a conversation, not one owl saying twit-twoo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874024923005623699"
          ],
          "editableUntil" : "2024-12-31T10:28:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "7",
      "id_str" : "1874024923005623699",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1874024923005623699",
      "created_at" : "Tue Dec 31 09:28:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Moth trap results: one elephant hawk-moth (pink and olive, like a fancy dessert), four heart &amp; darts, and a very confused beetle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873071217964580807"
          ],
          "editableUntil" : "2024-12-28T19:19:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "12",
      "id_str" : "1873071217964580807",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1873071217964580807",
      "created_at" : "Sat Dec 28 18:19:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Cycled 40 km today, my longest ride yet. Legs are jelly but the view from the top of Beacon Lane was worth every wobble.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872226594190626274"
          ],
          "editableUntil" : "2024-12-26T11:22:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1872226594190626274",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1872226594190626274",
      "created_at" : "Thu Dec 26 10:22:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Nobody warns you that the hardest part of growing vegetables is inventing courgette recipes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870378512544724098"
          ],
          "editableUntil" : "2024-12-21T08:59:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "1870378512544724098",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870378512544724098",
      "created_at" : "Sat Dec 21 07:59:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Frost on the allotment this morning, every cabbage leaf edged in silver. Worth getting up for. Almost.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868428198936987790"
          ],
          "editableUntil" : "2024-12-15T23:49:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "7",
      "id_str" : "1868428198936987790",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1868428198936987790",
      "created_at" : "Sun Dec 15 22:49:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Loaf came out with a perfect ear, tall and crisp and curling. Took a photo. Took another photo. Then ate half of it. &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866954626694313554"
          ],
          "editableUntil" : "2024-12-11T22:14:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "230"
      ],
      "favorite_count" : "3",
      "id_str" : "1866954626694313554",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1866954626694313554",
      "created_at" : "Wed Dec 11 21:14:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Spring garden checklist: sow the beans, pot on the tomatoes, net the brassicas, refill the feeders, fix the shed door, and stop standing in the middle of the lawn with a cup of tea listening to the blackbird. Managed the last one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866504133278985041"
          ],
          "editableUntil" : "2024-12-10T16:23:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "13",
      "id_str" : "1866504133278985041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1866504133278985041",
      "created_at" : "Tue Dec 10 15:23:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Small victory: the tomatoes in the greenhouse survived the heatwave. Large victory: so did I.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866431777341534236"
          ],
          "editableUntil" : "2024-12-10T11:36:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "7",
      "id_str" : "1866431777341534236",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1866431777341534236",
      "created_at" : "Tue Dec 10 10:36:27 +0000 2024",
      "favorited" : false,
      "full_text" : "A pigeon on the platform walked onto the train, rode one stop, and got off. Commuter pigeon. Respect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861767950367267655"
          ],
          "editableUntil" : "2024-11-27T14:44:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "12",
      "id_str" : "1861767950367267655",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1861767950367267655",
      "created_at" : "Wed Nov 27 13:44:04 +0000 2024",
      "favorited" : false,
      "full_text" : "The geese are going over in long wobbly Vs. Every autumn I look up, every autumn they honk, every autumn I wave. We have a routine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860071744470805755"
          ],
          "editableUntil" : "2024-11-22T22:23:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marsh Watchers",
            "screen_name" : "marshwatchers",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1213288409",
            "id" : "1213288409"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1860005810010335568",
      "id_str" : "1860071744470805755",
      "in_reply_to_user_id" : "1213288409",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1860071744470805755",
      "in_reply_to_status_id" : "1860005810010335568",
      "created_at" : "Fri Nov 22 21:23:57 +0000 2024",
      "favorited" : false,
      "full_text" : "@marshwatchers Heard it from the hide as well! Like someone blowing across the top of a giant bottle.",
      "lang" : "en",
      "in_reply_to_screen_name" : "marshwatchers",
      "in_reply_to_user_id_str" : "1213288409"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855938899607853677"
          ],
          "editableUntil" : "2024-11-11T12:41:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "id_str" : "1855938899607853677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855938899607853677",
      "created_at" : "Mon Nov 11 11:41:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Icy morning. The gritter came down the street at 6am and the blackbirds followed it, picking at whatever it turned up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853739339480711678"
          ],
          "editableUntil" : "2024-11-05T11:01:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "4",
      "id_str" : "1853739339480711678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853739339480711678",
      "created_at" : "Tue Nov 05 10:01:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Cleared the pond of blanket weed today, left it on the bank overnight so the creatures can crawl back in. Found two newts, a water boatman, dozens of tiny snails and a very cross dragonfly nymph that looked like a small alien.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853011791312752730"
          ],
          "editableUntil" : "2024-11-03T10:50:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "0",
      "id_str" : "1853011791312752730",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1853011791312752730",
      "created_at" : "Sun Nov 03 09:50:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Baked bread with the kids next door this afternoon. We made one plaited loaf, one loaf shaped like a hedgehog with almond spines, and about a kilo of flour on the kitchen floor. Everyone agrees the hedgehog is the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851719580776868738"
          ],
          "editableUntil" : "2024-10-30T21:15:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "10",
      "id_str" : "1851719580776868738",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851719580776868738",
      "created_at" : "Wed Oct 30 20:15:26 +0000 2024",
      "favorited" : false,
      "full_text" : "The light is coming back: sunset ten minutes later than last week. I noticed because I got home from the ride before dark.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851560306279093475"
          ],
          "editableUntil" : "2024-10-30T10:42:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1851560306279093475",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1851560306279093475",
      "created_at" : "Wed Oct 30 09:42:32 +0000 2024",
      "favorited" : false,
      "full_text" : "I have fed the starter, the birds and the compost heap. Now it's my turn. Toast, obviously.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851156889728887756"
          ],
          "editableUntil" : "2024-10-29T07:59:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "4",
      "id_str" : "1851156889728887756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851156889728887756",
      "created_at" : "Tue Oct 29 06:59:30 +0000 2024",
      "favorited" : false,
      "full_text" : "A bumblebee fell asleep inside a foxglove on the allotment. I did not wake her. Some things are sacred.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850779758887252908"
          ],
          "editableUntil" : "2024-10-28T07:00:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "10",
      "id_str" : "1850779758887252908",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1850779758887252908",
      "created_at" : "Mon Oct 28 06:00:55 +0000 2024",
      "favorited" : false,
      "full_text" : "The swifts have gone. One day the sky is full of screaming and the next it's just quiet. Every year it catches me off guard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850088034270078137"
          ],
          "editableUntil" : "2024-10-26T09:12:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "9",
      "id_str" : "1850088034270078137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850088034270078137",
      "created_at" : "Sat Oct 26 08:12:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Cloud spotting on my lunch break: a mackerel sky, which my gran always said means rain within a day. She was usually right.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849525846538535507"
          ],
          "editableUntil" : "2024-10-24T19:58:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "0",
      "id_str" : "1849525846538535507",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1849525846538535507",
      "created_at" : "Thu Oct 24 18:58:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Bike bell etiquette: one ring means 'hello, I'm behind you'. Two rings means 'hello, I am REALLY behind you'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849170245057864465"
          ],
          "editableUntil" : "2024-10-23T20:25:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Moth Night Live",
            "screen_name" : "mothnightlive",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "9077697670",
            "id" : "9077697670"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1849170245057864465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1849170245057864465",
      "created_at" : "Wed Oct 23 19:25:17 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @mothnightlive: Tonight is a perfect moth night: warm, cloudy, no moon. Get those traps out!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848617641312313864"
          ],
          "editableUntil" : "2024-10-22T07:49:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rainfall Records",
            "screen_name" : "rainfallrecords",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1580534304",
            "id" : "1580534304"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1848617641312313864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848617641312313864",
      "created_at" : "Tue Oct 22 06:49:26 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @rainfallrecords: It's official: this was the wettest October in our records since 1903.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847300470469967516"
          ],
          "editableUntil" : "2024-10-18T16:35:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Urban Owl Project",
            "screen_name" : "urbanowlproject",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "4778331993",
            "id" : "4778331993"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1847280086152935158",
      "id_str" : "1847300470469967516",
      "in_reply_to_user_id" : "4778331993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847300470469967516",
      "in_reply_to_status_id" : "1847280086152935158",
      "created_at" : "Fri Oct 18 15:35:28 +0000 2024",
      "favorited" : false,
      "full_text" : "@urbanowlproject Watched every evening and cried a little at the first flight. Thank you for the cam.",
      "lang" : "en",
      "in_reply_to_screen_name" : "urbanowlproject",
      "in_reply_to_user_id_str" : "4778331993"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846947687560417164"
          ],
          "editableUntil" : "2024-10-17T17:13:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1846947687560417164",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1846947687560417164",
      "created_at" : "Thu Oct 17 16:13:38 +0000 2024",
      "favorited" : false,
      "full_text" : "It's doing the thing where it's sunny and raining at the same time. Somewhere a fox is getting married.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843303932097876269"
          ],
          "editableUntil" : "2024-10-07T15:54:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "5",
      "id_str" : "1843303932097876269",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1843303932097876269",
      "created_at" : "Mon Oct 07 14:54:39 +0000 2024",
      "favorited" : false,
      "full_text" : "I do not trust a forecast that uses the word 'changeable'. That's not a forecast, that's a mood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843242212916545989"
          ],
          "editableUntil" : "2024-10-07T11:49:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "1",
      "id_str" : "1843242212916545989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843242212916545989",
      "created_at" : "Mon Oct 07 10:49:24 +0000 2024",
      "favorited" : false,
      "full_text" : "The robin that lives by the compost bins has worked out that when I pick up the fork, worms happen. He now waits on the handle of the wheelbarrow, tilting his head at me like a foreman checking I'm doing it properly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841813008021217468"
          ],
          "editableUntil" : "2024-10-03T13:10:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "1",
      "id_str" : "1841813008021217468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841813008021217468",
      "created_at" : "Thu Oct 03 12:10:15 +0000 2024",
      "favorited" : false,
      "full_text" : "The sparrows at the café have learned the sound of a croissant bag opening. Pavlov would be thrilled.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840013420918608003"
          ],
          "editableUntil" : "2024-09-28T13:59:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "wildlife",
            "indices" : [
              "119",
              "128"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "4",
      "id_str" : "1840013420918608003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1840013420918608003",
      "created_at" : "Sat Sep 28 12:59:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Hedgehog snuffling along the garden path at 11pm, loud as a tiny lawnmower. Left the gap under the fence open for him. #wildlife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838694509443092005"
          ],
          "editableUntil" : "2024-09-24T22:38:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "30",
      "id_str" : "1838694509443092005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1838694509443092005",
      "created_at" : "Tue Sep 24 21:38:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Sourdough discard pancakes for breakfast. Waste not, flip lots.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838463109693198677"
          ],
          "editableUntil" : "2024-09-24T07:18:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "7",
      "id_str" : "1838463109693198677",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1838463109693198677",
      "created_at" : "Tue Sep 24 06:18:57 +0000 2024",
      "favorited" : false,
      "full_text" : "Blackbird on the garage roof doing his full evening set. No requests taken, no encores refused.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837372913613636929"
          ],
          "editableUntil" : "2024-09-21T07:06:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [
              "94",
              "102"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "4",
      "id_str" : "1837372913613636929",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1837372913613636929",
      "created_at" : "Sat Sep 21 06:06:54 +0000 2024",
      "favorited" : false,
      "full_text" : "The kestrel over the ring road hangs in the air like someone pinned it there. Never gets old. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833414065257825473"
          ],
          "editableUntil" : "2024-09-10T08:55:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "2",
      "id_str" : "1833414065257825473",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1833414065257825473",
      "created_at" : "Tue Sep 10 07:55:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Today's bike commute featured one fox, two pigeons arguing over a chip, and a man carrying a trombone with tremendous dignity.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833272717212963812"
          ],
          "editableUntil" : "2024-09-09T23:34:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "7",
      "id_str" : "1833272717212963812",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1833272717212963812",
      "created_at" : "Mon Sep 09 22:34:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Snowy morning. Fieldfares on the berries in the churchyard, a woodcock flushed from the hedge on the way to the shop, and tracks everywhere: fox, rabbit, pigeon, and one set of boots that is definitely mine from yesterday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829859182901209168"
          ],
          "editableUntil" : "2024-08-31T13:30:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "3",
      "id_str" : "1829859182901209168",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1829859182901209168",
      "created_at" : "Sat Aug 31 12:30:01 +0000 2024",
      "favorited" : false,
      "full_text" : "My bike is called Marigold now, actually. She's orange and she's been through a lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829513853271909601"
          ],
          "editableUntil" : "2024-08-30T14:37:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1829513853271909601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829513853271909601",
      "created_at" : "Fri Aug 30 13:37:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Bread maths: 500 g flour, 350 g water, 100 g starter, 10 g salt and about 24 hours of thinking about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1828729619084445888"
          ],
          "editableUntil" : "2024-08-28T10:41:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1828729619084445888",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1828729619084445888",
      "created_at" : "Wed Aug 28 09:41:32 +0000 2024",
      "favorited" : false,
      "full_text" : "Note to self: do not name the compost heap. It is not a pet. (His name is Reginald.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1828682114400760114"
          ],
          "editableUntil" : "2024-08-28T07:32:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bread Nerd Club",
            "screen_name" : "breadnerdclub",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "6079573402",
            "id" : "6079573402"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1828682114400760114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1828682114400760114",
      "created_at" : "Wed Aug 28 06:32:46 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @breadnerdclub: Reminder that 'sourdough' is a method, not a flavour. Mild, tangy, dark, light: all sourdough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1826193549949080910"
          ],
          "editableUntil" : "2024-08-21T10:44:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1826193549949080910",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1826193549949080910",
      "created_at" : "Wed Aug 21 09:44:06 +0000 2024",
      "favorited" : false,
      "full_text" : "First swift of the year screamed over the bakery at 7:14 this morning. Summer is officially open for business.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824741049891504026"
          ],
          "editableUntil" : "2024-08-17T10:32:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1824741049891504026",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1824741049891504026",
      "created_at" : "Sat Aug 17 09:32:23 +0000 2024",
      "favorited" : false,
      "full_text" : "First potatoes of the year dug this afternoon. Still warm from the soil, boiled with mint, eaten standing up in the kitchen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824731486877952562"
          ],
          "editableUntil" : "2024-08-17T09:54:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1824731486877952562",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1824731486877952562",
      "created_at" : "Sat Aug 17 08:54:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Woodpecker drumming on the metal cap of a lamppost. Louder than wood, and apparently more impressive.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823128197395798680"
          ],
          "editableUntil" : "2024-08-12T23:43:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "1",
      "id_str" : "1823128197395798680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823128197395798680",
      "created_at" : "Mon Aug 12 22:43:29 +0000 2024",
      "favorited" : false,
      "full_text" : "The crows on Alder Street have started stacking bits of bin lid on the bus shelter roof. I don't know what they're building but I support it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1818582737875961464"
          ],
          "editableUntil" : "2024-07-31T10:41:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1818582737875961464",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1818582737875961464",
      "created_at" : "Wed Jul 31 09:41:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Just spent five minutes watching a robin bathe in a puddle. Maximum splashing, zero dignity. Perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817670854243706625"
          ],
          "editableUntil" : "2024-07-28T22:17:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "12",
      "id_str" : "1817670854243706625",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1817670854243706625",
      "created_at" : "Sun Jul 28 21:17:57 +0000 2024",
      "favorited" : false,
      "full_text" : "A pair of swans on the boating lake with five grey cygnets paddling behind. Everyone on the nearest bench went 'aww' at the same time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1815368609168176367"
          ],
          "editableUntil" : "2024-07-22T13:49:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "1815368609168176367",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1815368609168176367",
      "created_at" : "Mon Jul 22 12:49:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Just watched a squirrel bury a peanut in my plant pot, look me dead in the eye, and leave. I am now the guardian of a peanut.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811753525966959168"
          ],
          "editableUntil" : "2024-07-12T14:24:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "2",
      "id_str" : "1811753525966959168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1811753525966959168",
      "created_at" : "Fri Jul 12 13:24:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Snowdrops under the churchyard yew. Tiny white lanterns saying 'hang on, nearly there'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1810622070522360075"
          ],
          "editableUntil" : "2024-07-09T11:28:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "id_str" : "1810622070522360075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1810622070522360075",
      "created_at" : "Tue Jul 09 10:28:36 +0000 2024",
      "favorited" : false,
      "full_text" : "The sky went yellow before the storm, everything went quiet, then the thunder rolled in like furniture being moved upstairs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808926695093633802"
          ],
          "editableUntil" : "2024-07-04T19:11:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "13",
      "id_str" : "1808926695093633802",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1808926695093633802",
      "created_at" : "Thu Jul 04 18:11:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Storm blew through overnight. Lost two tomato plants, one fence panel and the lid of the water butt, which I found three gardens away. Gained: a clear blue morning, fresh air and a blackbird singing like nothing happened at all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808634817672914705"
          ],
          "editableUntil" : "2024-07-03T23:51:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "2",
      "id_str" : "1808634817672914705",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1808634817672914705",
      "created_at" : "Wed Jul 03 22:51:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Forecast says 'sunny intervals'. The intervals were about four seconds long.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1806285961296600063"
          ],
          "editableUntil" : "2024-06-27T12:18:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pip's Weather",
            "screen_name" : "weatherpip",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "8085126057",
            "id" : "8085126057"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1806285961296600063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1806285961296600063",
      "created_at" : "Thu Jun 27 11:18:27 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @weatherpip: Tomorrow: gusts up to 60 mph along the coast. Secure your bins &amp; your trampolines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1805127926544678539"
          ],
          "editableUntil" : "2024-06-24T07:36:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "4",
      "id_str" : "1805127926544678539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1805127926544678539",
      "created_at" : "Mon Jun 24 06:36:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Cold snap coming. Fleece over the lettuces, bubble wrap round the pots, extra seed on the feeder.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804764838230399745"
          ],
          "editableUntil" : "2024-06-23T07:34:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "14",
      "id_str" : "1804764838230399745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804764838230399745",
      "created_at" : "Sun Jun 23 06:34:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Saw a heron standing perfectly still in the canal for twenty minutes. Same, heron. Same.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804455806107842729"
          ],
          "editableUntil" : "2024-06-22T11:06:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "id_str" : "1804455806107842729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804455806107842729",
      "created_at" : "Sat Jun 22 10:06:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Autumn mushrooms on the lawn overnight: little brown caps in a perfect ring. The fairies had a party and didn't invite me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804134170100643897"
          ],
          "editableUntil" : "2024-06-21T13:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1804134170100643897",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1804134170100643897",
      "created_at" : "Fri Jun 21 12:48:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Blackcap singing in the hawthorn, a rich scratchy song like someone practising the flute in a hurry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801637166709287458"
          ],
          "editableUntil" : "2024-06-14T16:25:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "22",
      "id_str" : "1801637166709287458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1801637166709287458",
      "created_at" : "Fri Jun 14 15:25:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Question for the ages: why does the toast always fall butter side down, but the bread never rises when you actually watch it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801358832698064526"
          ],
          "editableUntil" : "2024-06-13T21:59:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "6",
      "id_str" : "1801358832698064526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1801358832698064526",
      "created_at" : "Thu Jun 13 20:59:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Beans have reached the top of the canes and are now waving about looking for somewhere else to go. Ambitious beans.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800167524531255731"
          ],
          "editableUntil" : "2024-06-10T15:05:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Path Counter",
            "screen_name" : "cyclecountbot",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "7409803966",
            "id" : "7409803966"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1800167524531255731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800167524531255731",
      "created_at" : "Mon Jun 10 14:05:58 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @cyclecountbot: Record day on the river path counter: 4,812 bikes yesterday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1799440110583252357"
          ],
          "editableUntil" : "2024-06-08T14:55:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/a7ScISpCyV",
            "expanded_url" : "https://fieldnotes.example/sourdough-weekend-schedule",
            "display_url" : "fieldnotes.example/sourdo…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "9",
      "id_str" : "1799440110583252357",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1799440110583252357",
      "created_at" : "Sat Jun 08 13:55:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Wrote up my weekend sourdough schedule, with timings, for the three people who asked: https://t.co/a7ScISpCyV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1798061413495810186"
          ],
          "editableUntil" : "2024-06-04T19:37:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "9",
      "id_str" : "1798061413495810186",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1798061413495810186",
      "created_at" : "Tue Jun 04 18:37:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Winter walk along the estuary: thousands of knots turning over the mudflats like smoke, a line of godwits probing the mud, curlews calling in the distance and my nose so cold I could no longer feel whether it was still attached.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797197663697248128"
          ],
          "editableUntil" : "2024-06-02T10:24:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "5",
      "id_str" : "1797197663697248128",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1797197663697248128",
      "created_at" : "Sun Jun 02 09:24:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Cinnamon buns are proving under a tea towel and the whole flat smells like a hug.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796821564650575826"
          ],
          "editableUntil" : "2024-06-01T09:30:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "1796821564650575826",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1796821564650575826",
      "created_at" : "Sat Jun 01 08:30:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Cycled home through a headwind so strong I think I went backwards past the same lamppost twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796553426990525214"
          ],
          "editableUntil" : "2024-05-31T15:44:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "6",
      "id_str" : "1796553426990525214",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1796553426990525214",
      "created_at" : "Fri May 31 14:44:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Weather update: wind, wind, more wind, and one single leaf that has been blowing past my window for ten minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1795204459134544646"
          ],
          "editableUntil" : "2024-05-27T22:24:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1795204459134544646",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1795204459134544646",
      "created_at" : "Mon May 27 21:24:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Thunder rolling round the hills all afternoon like someone dropping a piano down a very long staircase.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1795189342863930698"
          ],
          "editableUntil" : "2024-05-27T21:24:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "8",
      "id_str" : "1795189342863930698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1795189342863930698",
      "created_at" : "Mon May 27 20:24:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Cycling tip: if a hill looks steep from the bottom, it is. If it looks gentle, it's lying.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1794702178648868471"
          ],
          "editableUntil" : "2024-05-26T13:08:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "5",
      "id_str" : "1794702178648868471",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1794702178648868471",
      "created_at" : "Sun May 26 12:08:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Dear cyclists who ride without lights in winter: you are ninjas, and ninjas get run over. Please buy lights.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1794279904509057762"
          ],
          "editableUntil" : "2024-05-25T09:10:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "4",
      "id_str" : "1794279904509057762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1794279904509057762",
      "created_at" : "Sat May 25 08:10:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Weather this week: Monday sun, Tuesday rain, Wednesday both, Thursday wind, Friday a bit of everything just to be safe.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1790325762160954136"
          ],
          "editableUntil" : "2024-05-14T11:18:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "13",
      "id_str" : "1790325762160954136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1790325762160954136",
      "created_at" : "Tue May 14 10:18:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Drizzle. Not enough to cancel the ride, just enough to make it character building.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788835387539070149"
          ],
          "editableUntil" : "2024-05-10T08:36:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "2",
      "id_str" : "1788835387539070149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788835387539070149",
      "created_at" : "Fri May 10 07:36:06 +0000 2024",
      "favorited" : false,
      "full_text" : "First hot cross buns of the season. Big fluffy ones with orange zest, mixed spice and far too many raisins. The crosses came out a bit wobbly because I piped them while laughing at the cat trying to steal the dough scraper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787787650399577685"
          ],
          "editableUntil" : "2024-05-07T11:12:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1787787650399577685",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1787787650399577685",
      "created_at" : "Tue May 07 10:12:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Fun fact: a mistle thrush singing from a treetop in a gale is called a stormcock. Best bird nickname, no contest.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785013550314597414"
          ],
          "editableUntil" : "2024-04-29T19:29:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "4",
      "id_str" : "1785013550314597414",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1785013550314597414",
      "created_at" : "Mon Apr 29 18:29:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Weekend baking list: two sourdough loaves, one rye, a tray of flapjacks &amp; a formal apology to the oven for last weekend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1784102492962287768"
          ],
          "editableUntil" : "2024-04-27T07:09:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Urban Owl Project",
            "screen_name" : "urbanowlproject",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "4778331993",
            "id" : "4778331993"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1784102492962287768",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1784102492962287768",
      "created_at" : "Sat Apr 27 06:09:16 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @urbanowlproject: Our nest cam owlets have fledged! Thank you to everyone who watched along this spring.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1782379749702199229"
          ],
          "editableUntil" : "2024-04-22T13:03:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1782379749702199229",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1782379749702199229",
      "created_at" : "Mon Apr 22 12:03:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Winter sun, low and gold, lighting up frost on the spider webs along the fence. Each one a tiny chandelier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1780914981305126057"
          ],
          "editableUntil" : "2024-04-18T12:03:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amber",
            "screen_name" : "amberleaf_",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2478616607",
            "id" : "2478616607"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1780884278998775089",
      "id_str" : "1780914981305126057",
      "in_reply_to_user_id" : "2478616607",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1780914981305126057",
      "in_reply_to_status_id" : "1780884278998775089",
      "created_at" : "Thu Apr 18 11:03:14 +0000 2024",
      "favorited" : false,
      "full_text" : "@amberleaf_ Yes! Mine are bolting too. I think it's the heat, not you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "amberleaf_",
      "in_reply_to_user_id_str" : "2478616607"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1779782892517756429"
          ],
          "editableUntil" : "2024-04-15T09:04:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1779782892517756429",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1779782892517756429",
      "created_at" : "Mon Apr 15 08:04:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Foggy morning ride: the city disappears, sounds go soft, and every lamppost looks like it's thinking about something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1777776119380510740"
          ],
          "editableUntil" : "2024-04-09T20:10:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/imZnhgQ3jV",
            "expanded_url" : "https://fieldnotes.example/recipes/dark-rye",
            "display_url" : "fieldnotes.example/recipe…",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "3",
      "id_str" : "1777776119380510740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1777776119380510740",
      "created_at" : "Tue Apr 09 19:10:31 +0000 2024",
      "favorited" : false,
      "full_text" : "My rye bread recipe, finally written down properly instead of scribbled on the back of a flour bag: https://t.co/imZnhgQ3jV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1773252344414391900"
          ],
          "editableUntil" : "2024-03-28T08:34:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1773252344414391900",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1773252344414391900",
      "created_at" : "Thu Mar 28 07:34:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Honest forecast for today: grey, then a bit greyer, then a surprise patch of blue at 4pm to keep us all hopeful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766946434840246596"
          ],
          "editableUntil" : "2024-03-10T22:57:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "4",
      "id_str" : "1766946434840246596",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1766946434840246596",
      "created_at" : "Sun Mar 10 21:57:13 +0000 2024",
      "favorited" : false,
      "full_text" : "The secret ingredient in my pizza dough is a spoonful of sourdough discard and about three days of patience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1759145641770744486"
          ],
          "editableUntil" : "2024-02-18T10:19:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tom's Bike Shed",
            "screen_name" : "tomsbikeshed",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3069499245",
            "id" : "3069499245"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1759091535248980766",
      "id_str" : "1759145641770744486",
      "in_reply_to_user_id" : "3069499245",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1759145641770744486",
      "in_reply_to_status_id" : "1759091535248980766",
      "created_at" : "Sun Feb 18 09:19:39 +0000 2024",
      "favorited" : false,
      "full_text" : "@tomsbikeshed Fair. I'll stop blaming the bike for the hills.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tomsbikeshed",
      "in_reply_to_user_id_str" : "3069499245"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1758893358578265354"
          ],
          "editableUntil" : "2024-02-17T17:37:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "14",
      "id_str" : "1758893358578265354",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1758893358578265354",
      "created_at" : "Sat Feb 17 16:37:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Bread shaping is 10% technique and 90% pretending you meant it to look like that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1758151818214199376"
          ],
          "editableUntil" : "2024-02-15T16:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "19",
      "id_str" : "1758151818214199376",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1758151818214199376",
      "created_at" : "Thu Feb 15 15:30:33 +0000 2024",
      "favorited" : false,
      "full_text" : "A cormorant drying its wings on the weir post, holding them out like a coat on a hanger. Patient, prehistoric, slightly damp.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756211080198808401"
          ],
          "editableUntil" : "2024-02-10T07:58:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1756211080198808401",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1756211080198808401",
      "created_at" : "Sat Feb 10 06:58:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Curlew calling over the estuary, that long bubbling cry that sounds like the landscape is being sad on purpose.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1755842056942546444"
          ],
          "editableUntil" : "2024-02-09T07:32:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1755842056942546444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1755842056942546444",
      "created_at" : "Fri Feb 09 06:32:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Starter fed. Birds fed. Now it's my turn.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1755478997988630180"
          ],
          "editableUntil" : "2024-02-08T07:29:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "8",
      "id_str" : "1755478997988630180",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1755478997988630180",
      "created_at" : "Thu Feb 08 06:29:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday plan: feed starter, walk to the marsh, count ducks, lose count of ducks, come home, bake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754830856387314078"
          ],
          "editableUntil" : "2024-02-06T12:34:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "5",
      "id_str" : "1754830856387314078",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1754830856387314078",
      "created_at" : "Tue Feb 06 11:34:14 +0000 2024",
      "favorited" : false,
      "full_text" : "My neighbour asked why I talk to my sourdough starter. I asked why she doesn't talk to hers. We are at an impasse.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752742235603946722"
          ],
          "editableUntil" : "2024-01-31T18:14:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Allotmentalist",
            "screen_name" : "allotmentalist",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "4028763204",
            "id" : "4028763204"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1752742235603946722",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1752742235603946722",
      "created_at" : "Wed Jan 31 17:14:48 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @allotmentalist: Seed swap this Sunday at the community hall. Bring what you have, take what you need.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752075974606323634"
          ],
          "editableUntil" : "2024-01-29T22:07:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "44",
              "54"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "21",
      "id_str" : "1752075974606323634",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1752075974606323634",
      "created_at" : "Mon Jan 29 21:07:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Hydration: 75%. Confidence: also about 75%. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750811815573703814"
          ],
          "editableUntil" : "2024-01-26T10:24:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "4",
      "id_str" : "1750811815573703814",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1750811815573703814",
      "created_at" : "Fri Jan 26 09:24:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Hoverflies pretending to be wasps, hanging perfectly still over the lavender. Excellent costume, terrible acting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750794157556683671"
          ],
          "editableUntil" : "2024-01-26T09:13:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "15",
      "id_str" : "1750794157556683671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1750794157556683671",
      "created_at" : "Fri Jan 26 08:13:50 +0000 2024",
      "favorited" : false,
      "full_text" : "The bread over-proved and spread into a flat disc. I've renamed it 'rustic flatbread' and served it with total confidence.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750105775801257713"
          ],
          "editableUntil" : "2024-01-24T11:38:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "8",
      "id_str" : "1750105775801257713",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1750105775801257713",
      "created_at" : "Wed Jan 24 10:38:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Long ride today, out past the reservoir and back along the old railway line. Saw a kestrel, two buzzards, a field full of lapwings and one very judgemental sheep. Came home with mud up to my knees and the best sort of tired.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1749441104443189057"
          ],
          "editableUntil" : "2024-01-22T15:37:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "17",
      "id_str" : "1749441104443189057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1749441104443189057",
      "created_at" : "Mon Jan 22 14:37:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Sourdough isn't hard, it's just slow. Most good things are.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747596751537028384"
          ],
          "editableUntil" : "2024-01-17T13:28:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marsh Watchers",
            "screen_name" : "marshwatchers",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1213288409",
            "id" : "1213288409"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1747596751537028384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747596751537028384",
      "created_at" : "Wed Jan 17 12:28:29 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @marshwatchers: Bittern booming at the reserve again this morning! Three mornings in a row now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744250930068639814"
          ],
          "editableUntil" : "2024-01-08T07:53:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "1744250930068639814",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744250930068639814",
      "created_at" : "Mon Jan 08 06:53:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Made a rye loaf so dense it could hold a door open. Ate it anyway. Delicious doorstop.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1743968158480016032"
          ],
          "editableUntil" : "2024-01-07T13:09:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/tsJvbiwVeq",
            "expanded_url" : "https://moths.example/newsletter/spring",
            "display_url" : "moths.example/newsletter/…",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1743968158480016032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1743968158480016032",
      "created_at" : "Sun Jan 07 12:09:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Our local moth group's spring newsletter is out. Page three is entirely about one very large caterpillar. https://t.co/tsJvbiwVeq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742626727786052451"
          ],
          "editableUntil" : "2024-01-03T20:19:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "5",
      "id_str" : "1742626727786052451",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1742626727786052451",
      "created_at" : "Wed Jan 03 19:19:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Tomatoes are finally blushing. Three weeks of staring at green ones and now every single one wants to ripen on the same Tuesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742597002753869727"
          ],
          "editableUntil" : "2024-01-03T18:21:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "6",
      "id_str" : "1742597002753869727",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1742597002753869727",
      "created_at" : "Wed Jan 03 17:21:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Greenfly on the roses. The ladybirds are on the case. I'm just the project manager.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742481017667442612"
          ],
          "editableUntil" : "2024-01-03T10:40:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "1742481017667442612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1742481017667442612",
      "created_at" : "Wed Jan 03 09:40:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Ravens over the quarry, rolling upside down mid-flight just because they can. Show-offs, and I love them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742140125609082839"
          ],
          "editableUntil" : "2024-01-02T12:05:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "6",
      "id_str" : "1742140125609082839",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1742140125609082839",
      "created_at" : "Tue Jan 02 11:05:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Bike lane was frozen solid, so I walked and counted birds instead. Twenty-two species before I got to work. Not a bad trade.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741023895484219750"
          ],
          "editableUntil" : "2023-12-30T10:10:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "11",
      "id_str" : "1741023895484219750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1741023895484219750",
      "created_at" : "Sat Dec 30 09:10:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Starling on the TV aerial doing impressions: car alarm, phone ringtone, a very convincing curlew. What a talent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1740309450326945540"
          ],
          "editableUntil" : "2023-12-28T10:51:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1740309450326945540",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1740309450326945540",
      "created_at" : "Thu Dec 28 09:51:21 +0000 2023",
      "favorited" : false,
      "full_text" : "So windy the gulls are flying backwards over the harbour and looking very pleased about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739991484333430424"
          ],
          "editableUntil" : "2023-12-27T13:47:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Cam",
            "screen_name" : "kestrelcam",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "7530083202",
            "id" : "7530083202"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1739991484333430424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739991484333430424",
      "created_at" : "Wed Dec 27 12:47:52 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @kestrelcam: She's laid her fifth egg! Five speckled eggs in the box on the church tower.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739195631925283288"
          ],
          "editableUntil" : "2023-12-25T09:05:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "0",
      "id_str" : "1739195631925283288",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1739195631925283288",
      "created_at" : "Mon Dec 25 08:05:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Started a new starter for a friend today. Flour, water, a warm spot by the radiator and a lot of patience. In a week it should be bubbly enough to bake with. In a month it will have a name, a personality and opinions about rye.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1738606147664569630"
          ],
          "editableUntil" : "2023-12-23T18:03:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pond Life Folk",
            "screen_name" : "pondlifefolk",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "3093924552",
            "id" : "3093924552"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1738606147664569630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1738606147664569630",
      "created_at" : "Sat Dec 23 17:03:02 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @pondlifefolk: Please don't clean out your pond in spring. The tadpoles would like a word.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737808630117433941"
          ],
          "editableUntil" : "2023-12-21T13:13:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "flour and water",
            "screen_name" : "flourandwater_",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "4485998538",
            "id" : "4485998538"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1737808630117433941",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737808630117433941",
      "created_at" : "Thu Dec 21 12:13:59 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @flourandwater_: Hot tip: bake your loaf five minutes longer than you think. Dark crust = flavour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737780100465600090"
          ],
          "editableUntil" : "2023-12-21T11:20:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1737780100465600090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737780100465600090",
      "created_at" : "Thu Dec 21 10:20:37 +0000 2023",
      "favorited" : false,
      "full_text" : "The difference between a good loaf and a great loaf is about forty minutes of patience I do not currently have.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1736511138955655076"
          ],
          "editableUntil" : "2023-12-17T23:18:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "15",
      "id_str" : "1736511138955655076",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1736511138955655076",
      "created_at" : "Sun Dec 17 22:18:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Monday mood: a sparrow having a dust bath in the flower bed, absolutely refusing to hurry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1735060278867952802"
          ],
          "editableUntil" : "2023-12-13T23:13:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "1",
      "id_str" : "1735060278867952802",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1735060278867952802",
      "created_at" : "Wed Dec 13 22:13:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Found a wren's nest in the ivy by the back door: a perfect moss ball with a side entrance. Tiny front door. Tiny wonderful bird.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1732347931524921079"
          ],
          "editableUntil" : "2023-12-06T11:35:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "1",
      "id_str" : "1732347931524921079",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1732347931524921079",
      "created_at" : "Wed Dec 06 10:35:07 +0000 2023",
      "favorited" : false,
      "full_text" : "My favourite kind of day: rain in the morning so the garden gets watered without me, sun in the afternoon for a ride along the river, and a loaf in the oven by six so the whole flat smells of crust and toast by the time it gets dark.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731637504507292753"
          ],
          "editableUntil" : "2023-12-04T12:32:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "6",
      "id_str" : "1731637504507292753",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1731637504507292753",
      "created_at" : "Mon Dec 04 11:32:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Chiffchaff calling its own name from the willows. Spring is reporting for duty.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1729411214080801903"
          ],
          "editableUntil" : "2023-11-28T09:05:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "6",
      "id_str" : "1729411214080801903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1729411214080801903",
      "created_at" : "Tue Nov 28 08:05:39 +0000 2023",
      "favorited" : false,
      "full_text" : "My starter is five years old today. Happy birthday, Gertrude. You've outlived two fridges and one kitchen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1729060910003228724"
          ],
          "editableUntil" : "2023-11-27T09:53:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amber",
            "screen_name" : "amberleaf_",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2478616607",
            "id" : "2478616607"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1728968551432914278",
      "id_str" : "1729060910003228724",
      "in_reply_to_user_id" : "2478616607",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1729060910003228724",
      "in_reply_to_status_id" : "1728968551432914278",
      "created_at" : "Mon Nov 27 08:53:40 +0000 2023",
      "favorited" : false,
      "full_text" : "@amberleaf_ Of course! I'll bring a jar of starter to the allotment on Saturday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "amberleaf_",
      "in_reply_to_user_id_str" : "2478616607"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1727814484489294400"
          ],
          "editableUntil" : "2023-11-23T23:20:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "3",
      "id_str" : "1727814484489294400",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1727814484489294400",
      "created_at" : "Thu Nov 23 22:20:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Sourdough diary, day three: the dough is bubbly, jiggly and smells faintly of yoghurt. I have shaped it, tucked it into the banneton and put it in the fridge for the night. Tomorrow we find out whether I'm a baker or a person who owns a lot of flour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1727812940985658366"
          ],
          "editableUntil" : "2023-11-23T23:14:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "10",
      "id_str" : "1727812940985658366",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1727812940985658366",
      "created_at" : "Thu Nov 23 22:14:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Forecast: 'breezy'. Actual: my bike and I briefly left the ground on the bridge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1727449173196925983"
          ],
          "editableUntil" : "2023-11-22T23:09:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1727449173196925983",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1727449173196925983",
      "created_at" : "Wed Nov 22 22:09:12 +0000 2023",
      "favorited" : false,
      "full_text" : "The swifts are back. All is well with the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726560538590526281"
          ],
          "editableUntil" : "2023-11-20T12:18:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "2",
      "id_str" : "1726560538590526281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726560538590526281",
      "created_at" : "Mon Nov 20 11:18:05 +0000 2023",
      "favorited" : false,
      "full_text" : "House martins are back under the eaves across the road. They spent the whole morning repairing last year's nests with beakfuls of mud from the puddle by the bus stop, chattering the whole time like builders on a radio break.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725556736784499804"
          ],
          "editableUntil" : "2023-11-17T17:49:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "2",
      "id_str" : "1725556736784499804",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1725556736784499804",
      "created_at" : "Fri Nov 17 16:49:20 +0000 2023",
      "favorited" : false,
      "full_text" : "The weather app says 'feels like 3°C'. My fingers say 'feels like betrayal'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1724815796207146179"
          ],
          "editableUntil" : "2023-11-15T16:45:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "5",
      "id_str" : "1724815796207146179",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1724815796207146179",
      "created_at" : "Wed Nov 15 15:45:06 +0000 2023",
      "favorited" : false,
      "full_text" : "She was right. It rained. Thanks, Gran.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1723310364032138765"
          ],
          "editableUntil" : "2023-11-11T13:03:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "2",
      "id_str" : "1723310364032138765",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1723310364032138765",
      "created_at" : "Sat Nov 11 12:03:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Starlings murmurating over the pier at sunset. Thousands of birds making one shape and then changing their minds. Breathtaking every single time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722249402251160218"
          ],
          "editableUntil" : "2023-11-08T14:47:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "12",
      "id_str" : "1722249402251160218",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1722249402251160218",
      "created_at" : "Wed Nov 08 13:47:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Sourdough tip: if your starter smells like nail varnish, it's hungry. Feed it. Then feed yourself.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1719653761415611220"
          ],
          "editableUntil" : "2023-11-01T10:53:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "9",
      "id_str" : "1719653761415611220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1719653761415611220",
      "created_at" : "Wed Nov 01 09:53:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Grow bags down, tomato seedlings hardened off, and I've checked the frost forecast eleven times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715677586388081114"
          ],
          "editableUntil" : "2023-10-21T11:33:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "4",
      "id_str" : "1715677586388081114",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1715677586388081114",
      "created_at" : "Sat Oct 21 10:33:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Frogspawn in the pond! Hundreds of tiny black full stops waiting to become sentences.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1714031791830796036"
          ],
          "editableUntil" : "2023-10-16T22:33:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "234"
      ],
      "favorite_count" : "4",
      "id_str" : "1714031791830796036",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1714031791830796036",
      "created_at" : "Mon Oct 16 21:33:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Things the allotment taught me this year: the slugs always win at least one round, nobody needs nine courgette plants, compost is a slow miracle, and the best tool in the shed is a flask of tea shared with whoever is on the next plot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713506115516369464"
          ],
          "editableUntil" : "2023-10-15T11:44:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "7",
      "id_str" : "1713506115516369464",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1713506115516369464",
      "created_at" : "Sun Oct 15 10:44:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Stopped on the cycle path to let a family of ducks cross. Seven ducklings, one very stern mum. Traffic held up for two full minutes and nobody minded.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709503008864368743"
          ],
          "editableUntil" : "2023-10-04T10:37:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "id_str" : "1709503008864368743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1709503008864368743",
      "created_at" : "Wed Oct 04 09:37:33 +0000 2023",
      "favorited" : false,
      "full_text" : "Today's cloud: cumulonimbus, towering over the hills like a cauliflower with ambitions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708604635084815694"
          ],
          "editableUntil" : "2023-10-01T23:07:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "7",
      "id_str" : "1708604635084815694",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1708604635084815694",
      "created_at" : "Sun Oct 01 22:07:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Dug out the old bird book my grandad gave me. His pencil notes are still in the margins: 'Wren, 1974, back garden.' Still here, Grandad.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708113167516292320"
          ],
          "editableUntil" : "2023-09-30T14:34:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "1708113167516292320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708113167516292320",
      "created_at" : "Sat Sep 30 13:34:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Planted garlic today. Ask me again in July whether this was a good idea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705832451798696678"
          ],
          "editableUntil" : "2023-09-24T07:32:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "5",
      "id_str" : "1705832451798696678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705832451798696678",
      "created_at" : "Sun Sep 24 06:32:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Robin followed me along the whole vegetable bed while I dug. Not helping, just supervising. Classic middle management.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705157093357357849"
          ],
          "editableUntil" : "2023-09-22T10:48:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Corner Bakery",
            "screen_name" : "thecornerbakery",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2426868923",
            "id" : "2426868923"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1705157093357357849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705157093357357849",
      "created_at" : "Fri Sep 22 09:48:26 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @thecornerbakery: Sold out of sourdough by 9am again. Bless you all. Come earlier tomorrow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1703676059448403910"
          ],
          "editableUntil" : "2023-09-18T08:43:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/GlhM7JF8Dc",
            "expanded_url" : "https://birdsong.example/guides/chiffchaff-or-willow-warbler",
            "display_url" : "birdsong.example/guides/c…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "1",
      "id_str" : "1703676059448403910",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1703676059448403910",
      "created_at" : "Mon Sep 18 07:43:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Lovely little guide to telling a chiffchaff from a willow warbler by song. Spoiler: one of them says its own name. https://t.co/GlhM7JF8Dc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1703181454540387710"
          ],
          "editableUntil" : "2023-09-16T23:57:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "3",
      "id_str" : "1703181454540387710",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1703181454540387710",
      "created_at" : "Sat Sep 16 22:57:57 +0000 2023",
      "favorited" : false,
      "full_text" : "Saw a buzzard being mobbed by six crows over the motorway. The buzzard looked exhausted. Crows do not take days off.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702249643768759471"
          ],
          "editableUntil" : "2023-09-14T10:15:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "6",
      "id_str" : "1702249643768759471",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1702249643768759471",
      "created_at" : "Thu Sep 14 09:15:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Rode past the allotments at dawn. Mist lying between the bean rows like someone had spilled milk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700473473463312666"
          ],
          "editableUntil" : "2023-09-09T12:37:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jo",
            "screen_name" : "jo_in_the_garden",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "5987235720",
            "id" : "5987235720"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1700448559297473428",
      "id_str" : "1700473473463312666",
      "in_reply_to_user_id" : "5987235720",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700473473463312666",
      "in_reply_to_status_id" : "1700448559297473428",
      "created_at" : "Sat Sep 09 11:37:24 +0000 2023",
      "favorited" : false,
      "full_text" : "@jo_in_the_garden Eggshells round the base worked for about a day. Then the slugs brought tiny ladders.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jo_in_the_garden",
      "in_reply_to_user_id_str" : "5987235720"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1696795723168621871"
          ],
          "editableUntil" : "2023-08-30T09:03:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "11",
      "id_str" : "1696795723168621871",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1696795723168621871",
      "created_at" : "Wed Aug 30 08:03:20 +0000 2023",
      "favorited" : false,
      "full_text" : "There's a specific quiet after heavy snow, when the whole city sounds like it's wrapped in cotton wool.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695054873101142014"
          ],
          "editableUntil" : "2023-08-25T13:45:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/LOdda2m1tu",
            "expanded_url" : "https://birdcount.example/results/2024",
            "display_url" : "birdcount.example/results…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "12",
      "id_str" : "1695054873101142014",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1695054873101142014",
      "created_at" : "Fri Aug 25 12:45:49 +0000 2023",
      "favorited" : false,
      "full_text" : "The garden bird count results are out and house sparrows are top of the table again. Go sparrows! https://t.co/LOdda2m1tu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690362118012270243"
          ],
          "editableUntil" : "2023-08-12T14:58:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "2",
      "id_str" : "1690362118012270243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690362118012270243",
      "created_at" : "Sat Aug 12 13:58:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Hot cross buns! Crosses slightly wonky, fruit evenly spread, spice just right. Two out of three isn't bad.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688487947795919390"
          ],
          "editableUntil" : "2023-08-07T10:51:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "6",
      "id_str" : "1688487947795919390",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1688487947795919390",
      "created_at" : "Mon Aug 07 09:51:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Rhubarb is up, forced under an old bucket, glowing pink like a secret. Crumble season is nearly here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686676453063250199"
          ],
          "editableUntil" : "2023-08-02T10:52:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "6",
      "id_str" : "1686676453063250199",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1686676453063250199",
      "created_at" : "Wed Aug 02 09:52:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Pear &amp; ginger loaf cooling on the rack. Tried to wait until it was cool. Did not wait until it was cool.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686627262267138380"
          ],
          "editableUntil" : "2023-08-02T07:37:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birdsong",
            "indices" : [
              "96",
              "105"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1686627262267138380",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1686627262267138380",
      "created_at" : "Wed Aug 02 06:37:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Great tit going 'teacher, teacher, teacher' outside the window all morning. Yes, I'm listening. #birdsong",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1683844702272412101"
          ],
          "editableUntil" : "2023-07-25T15:20:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "11",
      "id_str" : "1683844702272412101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1683844702272412101",
      "created_at" : "Tue Jul 25 14:20:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Tried a pumpkin loaf for autumn. The crumb is orange, the crust is brown and the kitchen smells like October.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1679555770578549006"
          ],
          "editableUntil" : "2023-07-13T19:17:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "4",
      "id_str" : "1679555770578549006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1679555770578549006",
      "created_at" : "Thu Jul 13 18:17:55 +0000 2023",
      "favorited" : false,
      "full_text" : "The rye starter smells like apples and vinegar today, which means she's happy. I think. She doesn't say much.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676860628271510675"
          ],
          "editableUntil" : "2023-07-06T08:48:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1676860628271510675",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1676860628271510675",
      "created_at" : "Thu Jul 06 07:48:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Winter baking is lovely because a warm oven is the best heater in the flat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676552367896958870"
          ],
          "editableUntil" : "2023-07-05T12:23:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "6",
      "id_str" : "1676552367896958870",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1676552367896958870",
      "created_at" : "Wed Jul 05 11:23:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Pumpkins harvested and curing on the shed roof, lined up like orange spectators.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675136349894309306"
          ],
          "editableUntil" : "2023-07-01T14:36:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "samwhistles",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "9525085421",
            "id" : "9525085421"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1675078720157879764",
      "id_str" : "1675136349894309306",
      "in_reply_to_user_id" : "9525085421",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1675136349894309306",
      "in_reply_to_status_id" : "1675078720157879764",
      "created_at" : "Sat Jul 01 13:36:43 +0000 2023",
      "favorited" : false,
      "full_text" : "@samwhistles I think it was a firecrest! Smaller than a goldcrest, with a bold stripe over the eye.",
      "lang" : "en",
      "in_reply_to_screen_name" : "samwhistles",
      "in_reply_to_user_id_str" : "9525085421"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674688452756451016"
          ],
          "editableUntil" : "2023-06-30T08:56:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "12",
      "id_str" : "1674688452756451016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674688452756451016",
      "created_at" : "Fri Jun 30 07:56:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Dawn chorus at 4:50am, in order of appearance: robin, blackbird, wren, song thrush, and one very loud wood pigeon who missed the memo about harmony.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1673709414121835584"
          ],
          "editableUntil" : "2023-06-27T16:06:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "6",
      "id_str" : "1673709414121835584",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1673709414121835584",
      "created_at" : "Tue Jun 27 15:06:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Weather, according to my bike commute: fog on the hill, sun on the bridge, a sudden shower by the station, sun again at the office door. I arrived damp on one side only, like a slice of toast that's been buttered in a hurry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672894813174512522"
          ],
          "editableUntil" : "2023-06-25T10:09:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "1672894813174512522",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1672894813174512522",
      "created_at" : "Sun Jun 25 09:09:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Red kite over the retail park, tail twisting like a rudder. Thirty years ago you'd have had to drive to Wales to see one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671781921718812451"
          ],
          "editableUntil" : "2023-06-22T08:27:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "id_str" : "1671781921718812451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1671781921718812451",
      "created_at" : "Thu Jun 22 07:27:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Snow! Real snow! The starter is sulking because the kitchen is cold, but I am delighted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1669338202765482100"
          ],
          "editableUntil" : "2023-06-15T14:36:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "10",
      "id_str" : "1669338202765482100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669338202765482100",
      "created_at" : "Thu Jun 15 13:36:57 +0000 2023",
      "favorited" : false,
      "full_text" : "Hypothesis: bread tastes better eaten on the back step. Sample size: every loaf I've ever made. Conclusion: confirmed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1669275267236009484"
          ],
          "editableUntil" : "2023-06-15T10:26:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/AXQFTnq1IY",
            "expanded_url" : "https://fieldnotes.example/seed-saving-notes",
            "display_url" : "fieldnotes.example/seed-s…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "1669275267236009484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669275267236009484",
      "created_at" : "Thu Jun 15 09:26:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Seed-saving notes from this year's beans, peas &amp; tomatoes, in case anyone wants to swap next spring: https://t.co/AXQFTnq1IY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664517236193430554"
          ],
          "editableUntil" : "2023-06-02T07:20:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "30",
      "id_str" : "1664517236193430554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1664517236193430554",
      "created_at" : "Fri Jun 02 06:20:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Made bagels for the first time. Boiled, baked, slightly lopsided. Tasted like a proper Sunday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663435537776231102"
          ],
          "editableUntil" : "2023-05-30T07:41:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "flour and water",
            "screen_name" : "flourandwater_",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "4485998538",
            "id" : "4485998538"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1663378663013909136",
      "id_str" : "1663435537776231102",
      "in_reply_to_user_id" : "4485998538",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663435537776231102",
      "in_reply_to_status_id" : "1663378663013909136",
      "created_at" : "Tue May 30 06:41:52 +0000 2023",
      "favorited" : false,
      "full_text" : "@flourandwater_ Agreed. I used to pull mine out pale and sad. Never again.",
      "lang" : "en",
      "in_reply_to_screen_name" : "flourandwater_",
      "in_reply_to_user_id_str" : "4485998538"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662576481403145605"
          ],
          "editableUntil" : "2023-05-27T22:48:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "1",
      "id_str" : "1662576481403145605",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1662576481403145605",
      "created_at" : "Sat May 27 21:48:17 +0000 2023",
      "favorited" : false,
      "full_text" : "The trick to a crisp crust is steam in the first twenty minutes. The trick to a calm baker is not opening the oven every five minutes to check.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659132764878303520"
          ],
          "editableUntil" : "2023-05-18T10:44:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "6",
      "id_str" : "1659132764878303520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659132764878303520",
      "created_at" : "Thu May 18 09:44:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Grey wagtail bobbing along the gutter outside the library, tail going like a metronome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656996459052148626"
          ],
          "editableUntil" : "2023-05-12T13:15:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "7",
      "id_str" : "1656996459052148626",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1656996459052148626",
      "created_at" : "Fri May 12 12:15:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Croissants again. This time the butter stayed cold, the layers stayed separate and I stayed calm. Progress.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654181095408471724"
          ],
          "editableUntil" : "2023-05-04T18:48:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "7",
      "id_str" : "1654181095408471724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654181095408471724",
      "created_at" : "Thu May 04 17:48:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Gardening is mostly optimism with a trowel.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654120613541803328"
          ],
          "editableUntil" : "2023-05-04T14:47:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "3",
      "id_str" : "1654120613541803328",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1654120613541803328",
      "created_at" : "Thu May 04 13:47:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Allotment neighbour gave me a marrow the size of a toddler. Soup for a week, then.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653464204964988111"
          ],
          "editableUntil" : "2023-05-02T19:19:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1653464204964988111",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1653464204964988111",
      "created_at" : "Tue May 02 18:19:21 +0000 2023",
      "favorited" : false,
      "full_text" : "The parakeets in the park are loud, bright green and completely unbothered by anyone's opinion of them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653026093138529586"
          ],
          "editableUntil" : "2023-05-01T14:18:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Beth bakes",
            "screen_name" : "bakerbeth",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2747404612",
            "id" : "2747404612"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1652928953054899923",
      "id_str" : "1653026093138529586",
      "in_reply_to_user_id" : "2747404612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1653026093138529586",
      "in_reply_to_status_id" : "1652928953054899923",
      "created_at" : "Mon May 01 13:18:27 +0000 2023",
      "favorited" : false,
      "full_text" : "@bakerbeth 78% hydration, but I'd start at 70 until you're used to the stickiness.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bakerbeth",
      "in_reply_to_user_id_str" : "2747404612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1650793368647983460"
          ],
          "editableUntil" : "2023-04-25T10:26:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Beth bakes",
            "screen_name" : "bakerbeth",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2747404612",
            "id" : "2747404612"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1650779024127955461",
      "id_str" : "1650793368647983460",
      "in_reply_to_user_id" : "2747404612",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1650793368647983460",
      "in_reply_to_status_id" : "1650779024127955461",
      "created_at" : "Tue Apr 25 09:26:24 +0000 2023",
      "favorited" : false,
      "full_text" : "@bakerbeth Rice flour on the banneton! Nothing sticks to it. Life changing.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bakerbeth",
      "in_reply_to_user_id_str" : "2747404612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1648998265256475579"
          ],
          "editableUntil" : "2023-04-20T11:33:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1648998265256475579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1648998265256475579",
      "created_at" : "Thu Apr 20 10:33:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Four layers, two pairs of gloves &amp; a flask of tea: winter birdwatching is mostly a wardrobe challenge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1646410434216544816"
          ],
          "editableUntil" : "2023-04-13T08:10:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "5",
      "id_str" : "1646410434216544816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1646410434216544816",
      "created_at" : "Thu Apr 13 07:10:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Lunch: leftover sourdough, tomatoes from the plot, a pinch of salt, a splash of olive oil. Whoever says simple food is boring hasn't tried this.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638492062219987102"
          ],
          "editableUntil" : "2023-03-22T11:45:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "6",
      "id_str" : "1638492062219987102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638492062219987102",
      "created_at" : "Wed Mar 22 10:45:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Scones are like the weather: you can plan all you want, but they rise when they feel like it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637426927107511741"
          ],
          "editableUntil" : "2023-03-19T13:12:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "5",
      "id_str" : "1637426927107511741",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637426927107511741",
      "created_at" : "Sun Mar 19 12:12:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Temperature dropped eight degrees in an hour and the sky went the colour of a bruise. Bike inside, washing in, kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636313964345577510"
          ],
          "editableUntil" : "2023-03-16T11:30:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "5",
      "id_str" : "1636313964345577510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1636313964345577510",
      "created_at" : "Thu Mar 16 10:30:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Bread lesson learned the hard way: if you forget the salt, no amount of butter will save it. Loaf number two this morning, salt included, was lovely. Loaf number one has become breadcrumbs, croutons and a lesson in humility.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634846297684845190"
          ],
          "editableUntil" : "2023-03-12T10:18:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "3",
      "id_str" : "1634846297684845190",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634846297684845190",
      "created_at" : "Sun Mar 12 09:18:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Shaped a batard so tight it sang when I tapped it. Let's see if the oven agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634101754198646081"
          ],
          "editableUntil" : "2023-03-10T08:59:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1634101754198646081",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1634101754198646081",
      "created_at" : "Fri Mar 10 07:59:53 +0000 2023",
      "favorited" : false,
      "full_text" : "Baked bread for the allotment open day and traded a loaf for a bag of rhubarb, a jar of honey &amp; a very long story about leeks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1629584337797958015"
          ],
          "editableUntil" : "2023-02-25T21:49:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1629584337797958015",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1629584337797958015",
      "created_at" : "Sat Feb 25 20:49:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Baking tip nobody asked for: weigh your flour. Cups are chaos.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628500915518153031"
          ],
          "editableUntil" : "2023-02-22T22:04:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "4",
      "id_str" : "1628500915518153031",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1628500915518153031",
      "created_at" : "Wed Feb 22 21:04:09 +0000 2023",
      "favorited" : false,
      "full_text" : "A grey heron stole a goldfish from the pond in the square. The council will hear about this. (The council will not hear about this.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626658840115766684"
          ],
          "editableUntil" : "2023-02-17T20:04:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "8",
      "id_str" : "1626658840115766684",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1626658840115766684",
      "created_at" : "Fri Feb 17 19:04:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Little egret in the flooded field this morning, white as a paper napkin against the mud.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626115187015708478"
          ],
          "editableUntil" : "2023-02-16T08:04:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "6",
      "id_str" : "1626115187015708478",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1626115187015708478",
      "created_at" : "Thu Feb 16 07:04:07 +0000 2023",
      "favorited" : false,
      "full_text" : "On today's ride I passed a heron on a lamppost, a cat in a bike basket, a man walking three dachshunds in matching jumpers and a child who shouted 'nice bell!' as I went by. I have never been prouder of my bell.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1618161436065571401"
          ],
          "editableUntil" : "2023-01-25T09:18:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "1618161436065571401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1618161436065571401",
      "created_at" : "Wed Jan 25 08:18:45 +0000 2023",
      "favorited" : false,
      "full_text" : "Thermometer says 31°C. The dough is overproofing faster than I can shape it. Baking in summer is an extreme sport.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614173516988723014"
          ],
          "editableUntil" : "2023-01-14T09:12:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cycling",
            "indices" : [
              "98",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/qaWBXrqZFA",
            "expanded_url" : "https://routes.example/ride/river-loop-with-buns",
            "display_url" : "routes.example/ride/river…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "9",
      "id_str" : "1614173516988723014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1614173516988723014",
      "created_at" : "Sat Jan 14 08:12:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Mapped my favourite car-free route along the river, bakery stops included https://t.co/qaWBXrqZFA #cycling",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610936999081676619"
          ],
          "editableUntil" : "2023-01-05T10:51:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1610936999081676619",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610936999081676619",
      "created_at" : "Thu Jan 05 09:51:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Puddle depth check: misjudged it. Left shoe is now a small aquarium.",
      "lang" : "en"
    }
  }
]